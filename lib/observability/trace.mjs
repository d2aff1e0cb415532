// @ts-check
/*
 * Spans of our own (cache reads, database operations). Without OTEL_EXPORTER_OTLP_ENDPOINT no
 * tracer is installed and these cost one property read: nothing of OpenTelemetry is even loaded
 * (this project measures CPU per request). lib/observability/tracing.ts installs the tracer on
 * globalThis, where the cache handlers, outside Next's bundles, find it too.
 */

/** @typedef {import('@opentelemetry/api').Tracer} Tracer @typedef {import('@opentelemetry/api').Span} Span */

import { outsideRequest } from './log.mjs';

const KEY = Symbol.for('jarida.tracer');
const STOP = Symbol.for('jarida.tracer.stop');
const ROOT = Symbol.for('jarida.tracer.root');
const shared = /** @type {{ [KEY]?: Tracer, [STOP]?: () => Promise<void>, [ROOT]?: <T>(work: () => T) => T }} */ (/** @type {unknown} */ (globalThis));

/**
 * @param {Tracer} tracer
 * @param {() => Promise<void>} stop exports what is buffered and stops
 * @param {<T>(work: () => T) => T} inRoot runs work outside any trace
 */
export function installTracer(tracer, stop, inRoot) {
  shared[KEY] = tracer;
  shared[STOP] = stop;
  shared[ROOT] = inRoot;
}

/**
 * Runs `work` outside the request and the trace under way: a timer started from it (the
 * database health check, the views flush) would otherwise log under that request's id and add
 * its spans to that trace for as long as the process runs.
 * @template T
 * @param {() => T} work
 * @returns {T}
 */
export function detached(work) {
  const inRoot = shared[ROOT];
  return outsideRequest(() => (inRoot ? inRoot(work) : work()));
}

/** The tracer, or undefined when traces are off. */
export function activeTracer() {
  return shared[KEY];
}

/** Sends the spans still buffered (graceful shutdown); nothing when traces are off. */
export async function flushTraces() {
  const stop = shared[STOP];
  delete shared[KEY];
  delete shared[STOP];
  delete shared[ROOT];
  if (stop) await stop();
}

// SpanStatusCode.ERROR, without importing the API when traces are off.
const ERROR = 2;

/**
 * Runs `work` inside a span named `name` when traces are on; otherwise just runs it.
 * @template T
 * @param {string} name
 * @param {Record<string, string | number | boolean>} attributes
 * @param {(span: Span | undefined) => Promise<T>} work
 * @returns {Promise<T>}
 */
export function withSpan(name, attributes, work) {
  const tracer = shared[KEY];
  if (!tracer) return work(undefined);
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(/** @type {Error} */ (error));
      span.setStatus({ code: ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/**
 * A cache read: counted in the metrics always, and a span when traces are on.
 * @template T
 * @param {{ inc: (by?: number) => void }} hits
 * @param {{ inc: (by?: number) => void }} misses
 * @param {string} cache `page` or `data`
 * @param {string | undefined} key shown on the span (page paths only: data keys are digests)
 * @param {() => Promise<T>} read resolves to a falsy value on a miss
 * @returns {Promise<T>}
 */
export async function cacheRead(hits, misses, cache, key, read) {
  const tracer = shared[KEY];
  const span = tracer?.startSpan(`cache ${cache}`, { attributes: key ? { 'jarida.cache': cache, 'jarida.cache.key': key } : { 'jarida.cache': cache } });
  try {
    const value = await read();
    (value ? hits : misses).inc();
    span?.setAttribute('jarida.cache.hit', Boolean(value));
    return value;
  } catch (error) {
    span?.setStatus({ code: ERROR });
    throw error;
  } finally {
    span?.end();
  }
}
