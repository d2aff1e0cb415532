import { tracingChannel } from 'node:diagnostics_channel';
import { context, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Span } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import pg from 'pg';
import { logger } from './log.mjs';
import { installTracer } from './trace.mjs';

/*
 * OpenTelemetry traces, exported over OTLP/HTTP (JSON) to OTEL_EXPORTER_OTLP_ENDPOINT (the
 * exporter reads that variable and the other OTEL_EXPORTER_OTLP_* ones itself). instrumentation.ts
 * imports this module only when the variable is set: otherwise nothing of the SDK is loaded.
 *
 * - Page renders and route handlers: Next's own spans, which it emits once a provider is registered.
 * - Cache reads: lib/data/cache-handlers (trace.mjs cacheRead).
 * - Database: a span per query (pg's Pool.query, which drizzle uses outside transactions) and one
 *   per data-layer operation (db/index.ts withDb/withReaderDb), which covers transactions too.
 * - Redis: ioredis publishes every command on diagnostics channels (`ioredis:command`); only
 *   the command's name is recorded, not its arguments (keys can hold a client's address).
 */

const log = logger('traces');

export function startTracing(): void {
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME || 'jarida' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  const tracer = trace.getTracer('jarida');
  installTracer(
    tracer,
    () => provider.shutdown(),
    (work) => context.with(ROOT_CONTEXT, work),
  );
  traceDatabaseQueries(tracer);
  traceRedisCommands(tracer);
  log.info('exporting traces over OTLP/HTTP');
}

type Tracer = ReturnType<typeof trace.getTracer>;

function endWith(span: Span, error: unknown): void {
  if (error) {
    span.recordException(error as Error);
    span.setStatus({ code: SpanStatusCode.ERROR });
  }
  span.end();
}

/** First word of the statement: the span's name (`db SELECT`); the text has placeholders, never values. */
function queryTextOf(config: unknown): string {
  if (typeof config === 'string') return config;
  const text = (config as { text?: unknown } | null)?.text;
  return typeof text === 'string' ? text : '';
}

function traceDatabaseQueries(tracer: Tracer): void {
  const original = pg.Pool.prototype.query as (...args: unknown[]) => unknown;
  pg.Pool.prototype.query = function tracedQuery(this: pg.Pool, ...args: unknown[]) {
    // A query outside any request or data-layer operation (the health check every 5 s) would be
    // a trace of its own each time.
    if (!trace.getSpan(context.active())) return original.apply(this, args);
    const text = queryTextOf(args[0]);
    const span = tracer.startSpan(`db ${text.trimStart().split(/\s/, 1)[0]?.toUpperCase() || 'query'}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'db.system.name': 'postgresql', 'db.query.text': text.slice(0, 2_000) },
    });
    const callback = args.at(-1);
    if (typeof callback === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        endWith(span, error);
        return (callback as (error: unknown, result: unknown) => unknown)(error, result);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args) as Promise<unknown>;
    result.then(
      () => endWith(span, null),
      (error: unknown) => endWith(span, error),
    );
    return result;
  } as typeof pg.Pool.prototype.query;
}

interface RedisCommandContext {
  command?: string;
  batchMode?: string;
  error?: unknown;
  span?: Span;
}

function traceRedisCommands(tracer: Tracer): void {
  for (const name of ['ioredis:command', 'ioredis:batch']) {
    tracingChannel<unknown, RedisCommandContext>(name).subscribe({
      start(context) {
        const operation = context.command ?? context.batchMode ?? 'batch';
        context.span = tracer.startSpan(`redis ${operation}`, {
          kind: SpanKind.CLIENT,
          attributes: { 'db.system.name': 'redis', 'db.operation.name': operation },
        });
      },
      end() {},
      asyncStart() {},
      asyncEnd(context) {
        if (context.span) endWith(context.span, context.error);
      },
      error() {},
    });
  }
}
