// @ts-check
/*
 * The server's one logger (pino): a JSON line per event in production, for a log collector; one
 * readable line in development. Every line written while a request is being served carries its
 * id (`reqId`, lib/observability/http-requests.ts). No personal data: addresses and e-mails are
 * never passed in, and error messages are scrubbed of query parameters and e-mail addresses
 * (drizzle puts a failed query's parameters in its message). The admin's audit log is separate
 * (lib/audit.ts) and stays in the database.
 *
 * Plain JavaScript: the cache handlers, which Next loads outside its bundles, import it too. The
 * state is kept on globalThis so that every bundle's copy writes through the same logger and
 * reads the same request context.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import pino from 'pino';
import { observabilityEnv } from './config.mjs';

/**
 * @typedef {{ id: string, kind: string, local: boolean, client: string }} RequestContext
 * @typedef {import('pino').Logger} Logger
 */

const KEY = Symbol.for('jarida.log');
const shared = /** @type {{ [KEY]?: { root?: Logger, requests: AsyncLocalStorage<RequestContext> } }} */ (/** @type {unknown} */ (globalThis));
const state = (shared[KEY] ??= { requests: new AsyncLocalStorage() });

/** The request being served, if any: set once per request, before Next sees it. */
export function currentRequest() {
  return state.requests.getStore();
}

/**
 * Makes `context` the current request for the rest of this synchronous turn and everything it
 * starts (see http-requests.ts for why enterWith and not run).
 * @param {RequestContext} context
 */
export function enterRequest(context) {
  state.requests.enterWith(context);
}

/**
 * Runs `work` outside any request: for timers a request happens to start (the database health
 * check, the views flush), whose later lines belong to no request.
 * @template T
 * @param {() => T} work
 * @returns {T}
 */
export function outsideRequest(work) {
  return state.requests.exit(work);
}

/**
 * Runs `work` as part of request `context` (tests, and code outside the HTTP server).
 * @template T
 * @param {RequestContext} context
 * @param {() => T} work
 * @returns {T}
 */
export function withRequest(context, work) {
  return state.requests.run(context, work);
}

const EMAIL = /[^\s@"'<>(),;:]+@[^\s@"'<>(),;:]+\.[a-z]{2,}/gi;
const PARAMS = /\nparams: [^\n]*/g;

/** @param {string} text */
export function scrub(text) {
  return text.replace(PARAMS, '\nparams: [redacted]').replace(EMAIL, '[email]');
}

/**
 * An error as a log field: type, code, message and stack, then its cause, never its other fields
 * (pg errors carry `detail`, which quotes the row's values).
 * @param {unknown} error
 * @param {number} [depth]
 * @returns {Record<string, unknown> | string}
 */
export function errorField(error, depth = 0) {
  if (!(error instanceof Error)) return scrub(String(error));
  /** @type {Record<string, unknown>} */
  const field = { type: error.name, message: scrub(error.message) };
  const code = /** @type {{ code?: unknown }} */ (error).code;
  if (typeof code === 'string' || typeof code === 'number') field.code = code;
  const digest = /** @type {{ digest?: unknown }} */ (error).digest;
  if (typeof digest === 'string') field.digest = digest;
  if (error.stack) field.stack = scrub(error.stack);
  if (error.cause !== undefined && depth < 3) field.cause = errorField(error.cause, depth + 1);
  return field;
}

/** @type {Record<number, string>} */
const LABELS = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const OWN = new Set(['level', 'time', 'pid', 'hostname', 'module', 'msg', 'reqId', 'err']);

/**
 * One JSON line as a developer reads it: `12:04:05.123 WARN  [db] message key=value (req 1f0c…)`.
 * @param {string} line
 */
export function readableLine(line) {
  /** @type {Record<string, any>} */
  let entry;
  try {
    entry = JSON.parse(line);
  } catch {
    return line;
  }
  const time = new Date(entry.time).toISOString().slice(11, 23);
  const part = entry.module ? `[${entry.module}] ` : '';
  const extra = Object.entries(entry)
    .filter(([key]) => !OWN.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const request = entry.reqId ? ` (req ${entry.reqId})` : '';
  let text = `${time} ${LABELS[entry.level] ?? entry.level} ${part}${entry.msg ?? ''}${extra.length ? ` ${extra.join(' ')}` : ''}${request}\n`;
  if (entry.err) text += `  ${typeof entry.err === 'object' ? (entry.err.stack ?? entry.err.message) : entry.err}\n`.replace(/\n(?!$)/g, '\n  ');
  return text;
}

/**
 * @param {{ level?: string, json?: boolean, destination?: { write: (line: string) => void } }} [options]
 * @returns {Logger}
 */
export function createLogger(options = {}) {
  const env = observabilityEnv(process.env);
  const level = options.level ?? env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');
  const json = options.json ?? process.env.NODE_ENV === 'production';
  const out = options.destination ?? process.stdout;
  /** @type {import('pino').DestinationStream} */
  const destination = json
    ? options.destination
      ? { write: (line) => out.write(line) }
      : pino.destination({ dest: 1, sync: true })
    : { write: (line) => out.write(readableLine(line)) };
  return pino(
    {
      level,
      // Numeric levels stay (the readable format and log tools key on them); `err` is ours, scrubbed.
      serializers: { err: errorField },
      mixin() {
        const request = state.requests.getStore();
        return request ? { reqId: request.id } : {};
      },
    },
    destination,
  );
}

/**
 * The logger of one part of the server, e.g. logger('db'): its lines carry `"module":"db"`.
 * @param {string} module
 * @returns {Logger}
 */
export function logger(module) {
  state.root ??= createLogger();
  return state.root.child({ module });
}
