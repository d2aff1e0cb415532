// Load generator for `npm run bench`, run as a child process pinned to its own core
// (`taskset -c 1 node bench/load.mjs '<json>'`). Prints one JSON line with the result.
//
// Modes:
//   {"mode":"autocannon","origin":"http://localhost:3000","paths":["/fr"],"connections":50,"duration":10}
//     One path: every request hits it. Several paths: each request takes the next one in turn
//     (a shared counter across connections), so a list of distinct slugs is never repeated
//     until it runs out.
//     Counts the responses by their x-nextjs-cache value ("none" when absent).
//   {"mode":"zipf","origin":"…","paths":[…],"seed":7,"connections":50,"duration":10 | "amount":150000,
//    "maxSeconds":600,"seen":[…ranks],"returnSeen":true}
//     Each request draws a path from a Zipf law with s = 1: paths[i] (rank i + 1) has probability
//     1 / ((i + 1) · H_n). The draws come from a seeded PRNG, so two runs with the same seed send
//     the same sequence. Requests start for `duration` seconds (or until `amount` have started, or
//     `maxSeconds` have passed: "stopped"), and every request started is awaited: autocannon drops
//     the requests in flight when its time is up, and in a long tail those are the slow ones, the
//     renders, which would vanish from the counts. "seen": ranks a warm-up already requested, to
//     count the requests that hit an article the warm-up missed; "returnSeen": report the ranks
//     this run got an answer for. Same output as the autocannon mode.
//   {"mode":"abort-loop","origin":"…","paths":[…],"requests":100000,"concurrency":50,"abortRatio":0.1}
//     fetch() loop; a share of the requests is aborted by the client mid-flight.
import autocannon from 'autocannon';

import { readFileSync } from 'node:fs';
import http from 'node:http';
import { prng } from './prng.mjs';

const argument = process.argv[2] ?? '{}';
const config = JSON.parse(argument.startsWith('@') ? readFileSync(argument.slice(1), 'utf8') : argument);


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
  const { origin, paths, connections = 50, duration = 10 } = config;
  const cache = {};
  let next = 0;
  const onResponse = (_status, _body, _context, headers) => {
    const value = headerValue(headers, 'x-nextjs-cache');
    cache[value] = (cache[value] ?? 0) + 1;
  };
  const requests =
    paths.length === 1
      ? [{ method: 'GET', path: paths[0], onResponse }]
      : [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }),
            onResponse,
          },
        ];
  return new Promise((resolve, reject) => {
    autocannon(
      { url: origin, connections, duration, requests, timeout: 30, headers: { accept: 'text/html' } },
      (error, result) => {
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
          distinctPathsUsed: paths.length === 1 ? 1 : Math.min(next, paths.length),
          responses,
          cache,
        });
      },
    );
  });
}

function get(agent, url) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent, headers: { accept: 'text/html' }, timeout: 30_000 }, (response) => {
      let bytes = 0;
      response.on('data', (chunk) => (bytes += chunk.length));
      response.on('end', () => resolve({ status: response.statusCode, cache: String(response.headers['x-nextjs-cache'] ?? 'none'), bytes }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    request.on('error', reject);
  });
}

async function runZipf() {
  const { origin, paths, connections = 50, duration = 10, amount, maxSeconds } = config;
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const draw = zipfSampler(paths.length, config.seed ?? 1);
  const seen = config.seen ? new Set(config.seen) : null;
  const answered = new Set();
  const cache = {};
  const unseenCache = {};
  const status = { '1xx': 0, '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 };
  const latencies = [];
  let unseenRequests = 0;
  let errors = 0;
  let timeouts = 0;
  let bytes = 0;
  let started = 0;
  let stopped = false;
  const start = performance.now();
  const deadline = start + (amount ? (maxSeconds ?? Infinity) : duration) * 1000;
  const more = () => {
    if (amount && started >= amount) return false;
    if (performance.now() < deadline) return true;
    if (amount) stopped = true;
    return false;
  };
  async function worker() {
    while (more()) {
      started++;
      const rank = draw();
      const sent = performance.now();
      try {
        const answer = await get(agent, origin + paths[rank]);
        latencies.push(performance.now() - sent);
        bytes += answer.bytes;
        status[`${Math.floor(answer.status / 100)}xx`]++;
        cache[answer.cache] = (cache[answer.cache] ?? 0) + 1;
        answered.add(rank);
        if (seen && !seen.has(rank)) {
          unseenRequests++;
          unseenCache[answer.cache] = (unseenCache[answer.cache] ?? 0) + 1;
        }
      } catch (error) {
        if (error.code === 'TIMEOUT') timeouts++;
        else errors++;
        if (errors + timeouts < 5) console.error('[load] error', error.code ?? error.message);
      }
    }
  }
  await Promise.all(Array.from({ length: connections }, worker));
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q) => (latencies.length ? Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]) : 0);
  const responses = latencies.length;
  return {
    requests: responses,
    rps: responses / seconds,
    p50: at(0.5),
    p99: at(0.99),
    max: latencies.length ? Math.round(latencies[latencies.length - 1]) : 0,
    errors,
    timeouts,
    non2xx: responses - status['2xx'],
    status,
    bytesPerRequest: responses ? Math.round(bytes / responses) : 0,
    seconds,
    distinctPathsUsed: answered.size,
    responses,
    cache,
    ...(seen ? { unseenRequests, unseenCache } : {}),
    ...(config.returnSeen ? { seen: [...answered] } : {}),
    ...(amount ? { stopped } : {}),
  };
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

const result = config.mode === 'abort-loop' ? await runAbortLoop() : config.mode === 'zipf' ? await runZipf() : await runAutocannon();
process.stdout.write(`${JSON.stringify(result)}\n`);
