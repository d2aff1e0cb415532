// Load generator for `npm run bench`, run as a child process pinned to its own core
// (`taskset -c 1 node bench/load.mjs '<json>'`). Prints one JSON line with the result.
//
// Modes:
//   {"mode":"autocannon","origin":"http://localhost:3000","paths":["/fr"],"connections":50,"duration":10}
//     One path: every request hits it. Several paths: each request takes the next one in turn
//     (a shared counter across connections), so a list of distinct slugs is never repeated
//     until it runs out.
//   {"mode":"zipf","origin":"…","paths":[…],"seed":7,"connections":50,"duration":10 | "amount":150000,
//    "maxSeconds":600,"seen":[…ranks],"returnSeen":true}
//     Each request draws a path from a Zipf law with s = 1: paths[i] (rank i + 1) has probability
//     1 / ((i + 1) · H_n). The draws come from a seeded PRNG, so two runs with the same seed send
//     the same sequence. "seen": ranks a warm-up already requested, to count the requests that hit
//     an article the warm-up missed; "returnSeen": report the ranks this run got an answer for.
//     "maxSeconds" stops an "amount" run early ("stopped": true in the result).
// Every autocannon run counts the responses by their x-nextjs-cache value ("none" when absent).
//   {"mode":"abort-loop","origin":"…","paths":[…],"requests":100000,"concurrency":50,"abortRatio":0.1}
//     fetch() loop; a share of the requests is aborted by the client mid-flight.
import autocannon from 'autocannon';

import { readFileSync } from 'node:fs';

const argument = process.argv[2] ?? '{}';
const config = JSON.parse(argument.startsWith('@') ? readFileSync(argument.slice(1), 'utf8') : argument);

/** mulberry32, as db/seed-bulk.ts: a fixed seed gives the same draws on every machine. */
function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Draws ranks 0 … n-1 with P(i) ∝ 1 / (i + 1): a binary search of a uniform draw in the cumulative weights. */
function zipfSampler(n, seed) {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let i = 0; i < n; i++) cumulative[i] = total += 1 / (i + 1);
  const random = prng(seed);
  return () => {
    const target = random() * total;
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle] < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

function headerValue(headers, name) {
  for (const key in headers) if (key.toLowerCase() === name) return String(headers[key]);
  return 'none';
}

function runAutocannon() {
  const { origin, paths, connections = 50, duration = 10, amount, maxSeconds } = config;
  const zipf = config.mode === 'zipf';
  const seen = zipf && config.seen ? new Set(config.seen) : null;
  const drawn = new Set();
  const cache = {};
  const unseenCache = {};
  let unseenRequests = 0;
  let next = 0;
  const draw = zipf ? zipfSampler(paths.length, config.seed ?? 1) : null;
  // The context is per connection and autocannon sends one request at a time on each (no
  // pipelining), so the rank written here is still there when that request's response arrives.
  const onResponse = (_status, _body, context, headers) => {
    const value = headerValue(headers, 'x-nextjs-cache');
    cache[value] = (cache[value] ?? 0) + 1;
    if (zipf) drawn.add(context.rank);
    if (seen && !seen.has(context.rank)) {
      unseenRequests++;
      unseenCache[value] = (unseenCache[value] ?? 0) + 1;
    }
  };
  const requests =
    paths.length === 1 && !zipf
      ? [{ method: 'GET', path: paths[0], onResponse }]
      : [
          {
            method: 'GET',
            setupRequest: (request, context) => {
              const rank = zipf ? draw() : next++ % paths.length;
              context.rank = rank;
              return { ...request, path: paths[rank] };
            },
            onResponse,
          },
        ];
  let stopped = false;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url: origin, connections, duration, ...(amount ? { amount } : {}), requests, timeout: 30, headers: { accept: 'text/html' } },
      (error, result) => {
        if (cap) clearTimeout(cap);
        if (error) return reject(error);
        const responses = Object.values(cache).reduce((sum, n) => sum + n, 0);
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
          seconds: result.duration,
          distinctPathsUsed: zipf ? drawn.size : paths.length === 1 ? 1 : Math.min(next, paths.length),
          responses,
          cache,
          ...(seen ? { unseenRequests, unseenCache } : {}),
          ...(config.returnSeen ? { seen: [...drawn] } : {}),
          ...(amount ? { stopped } : {}),
        });
      },
    );
    const cap =
      maxSeconds &&
      setTimeout(() => {
        stopped = true;
        instance.stop();
      }, maxSeconds * 1000);
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
