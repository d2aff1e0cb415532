// Load generator for `npm run bench`, run as a child process pinned to its own core
// (`taskset -c 1 node bench/load.mjs '<json>'`). Prints one JSON line with the result.
//
// Modes:
//   {"mode":"autocannon","origin":"http://localhost:3000","paths":["/fr"],"connections":50,"duration":10}
//     One path: every request hits it. Several paths: each request takes the next one in turn
//     (a shared counter across connections), so a list of distinct slugs is never repeated
//     until it runs out.
//   {"mode":"abort-loop","origin":"…","paths":[…],"requests":100000,"concurrency":50,"abortRatio":0.1}
//     fetch() loop; a share of the requests is aborted by the client mid-flight.
import autocannon from 'autocannon';

import { readFileSync } from 'node:fs';

const argument = process.argv[2] ?? '{}';
const config = JSON.parse(argument.startsWith('@') ? readFileSync(argument.slice(1), 'utf8') : argument);

function runAutocannon() {
  const { origin, paths, connections = 50, duration = 10 } = config;
  let next = 0;
  const requests =
    paths.length === 1
      ? [{ method: 'GET', path: paths[0] }]
      : [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
          },
        ];
  return new Promise((resolve, reject) => {
    autocannon(
      { url: origin, connections, duration, requests, timeout: 30, headers: { accept: 'text/html' } },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requests: result.requests.total,
          rps: result.requests.average,
          p50: result.latency.p50,
          p99: result.latency.p99,
          max: result.latency.max,
          errors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          status: { '1xx': result['1xx'], '2xx': result['2xx'], '3xx': result['3xx'], '4xx': result['4xx'], '5xx': result['5xx'] },
          bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : 0,
          distinctPathsUsed: paths.length === 1 ? 1 : Math.min(next, paths.length),
        });
      },
    );
  });
}

async function runAbortLoop() {
  const { origin, paths, requests = 100_000, concurrency = 50, abortRatio = 0.1, maxSeconds = Infinity } = config;
  let issued = 0;
  const counts = { ok: 0, non2xx: 0, aborted: 0, errors: 0 };
  const started = Date.now();
  async function worker() {
    while (issued < requests && Date.now() - started < maxSeconds * 1000) {
      const index = issued++;
      const path = paths[index % paths.length];
      // Every 10th request (for abortRatio 0.1) is cut after the response started or 2–20 ms in.
      const abort = (index * abortRatio) % 1 >= 1 - abortRatio - 1e-9;
      const controller = new AbortController();
      try {
        if (abort) {
          const timer = setTimeout(() => controller.abort(), 2 + (index % 19));
          const response = await fetch(origin + path, { signal: controller.signal });
          controller.abort();
          clearTimeout(timer);
          await response.body?.cancel().catch(() => {});
          counts.aborted++;
        } else {
          const response = await fetch(origin + path, { signal: AbortSignal.timeout(30_000) });
          await response.arrayBuffer();
          if (response.ok) counts.ok++;
          else counts.non2xx++;
        }
      } catch (error) {
        if (abort && controller.signal.aborted) counts.aborted++;
        else {
          counts.errors++;
          if (counts.errors < 5) console.error('[load] error', error?.cause?.code ?? error?.message);
        }
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { ...counts, requests: issued, seconds: (Date.now() - started) / 1000 };
}

const result = config.mode === 'abort-loop' ? await runAbortLoop() : await runAutocannon();
process.stdout.write(`${JSON.stringify(result)}\n`);
