import 'server-only';
import { AppError } from '@/lib/errors';

/** Requests one path from the server and resolves with the HTTP status once the body is read. */
export type WarmFetcher = (path: string, signal: AbortSignal) => Promise<number>;

export type WarmFailure = 'timeout' | 'server_error' | 'unreachable';

/** One page could not be warmed; its first reader renders it, as without warming. */
export class WarmRequestError extends AppError {
  constructor(
    readonly path: string,
    readonly failure: WarmFailure,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('internal', `warming ${path}: ${detail}`, options);
    this.name = 'WarmRequestError';
  }
}

export interface WarmQueueOptions {
  fetchPage: WarmFetcher;
  /** Renders at a time. Each one takes a core for a moment, and readers come first. */
  concurrency?: number;
  /** Paths waiting at most; more are dropped (their first reader renders them). */
  capacity?: number;
  timeoutMs?: number;
  onError?: (error: WarmRequestError) => void;
  onDrop?: (count: number) => void;
  /** Called each time the queue empties, with what it did since it last started from empty. */
  onIdle?: (run: WarmRun) => void;
}

export interface WarmRun {
  warmed: number;
  failed: number;
  ms: number;
}

export interface WarmStats {
  warmed: number;
  failed: number;
  dropped: number;
}

/**
 * Requests reader pages one (or a few) at a time in the background. A path already waiting is not
 * added twice; one being requested right now is queued once more, because the change that asks
 * for it again may have expired its page after that render read the data.
 */
export class WarmQueue {
  private readonly waiting = new Set<string>();
  private readonly running = new Set<string>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly options: Required<Pick<WarmQueueOptions, 'fetchPage' | 'concurrency' | 'capacity' | 'timeoutMs'>> & WarmQueueOptions;
  readonly stats: WarmStats = { warmed: 0, failed: 0, dropped: 0 };
  private run: (WarmRun & { started: number }) | null = null;

  constructor(options: WarmQueueOptions) {
    this.options = { concurrency: 1, capacity: 64, timeoutMs: 20_000, ...options };
  }

  /** Queues the paths (never throws); returns how many were dropped because the queue was full. */
  enqueue(paths: Iterable<string>): number {
    let dropped = 0;
    for (const path of paths) {
      if (this.waiting.has(path)) continue;
      if (this.waiting.size >= this.options.capacity) {
        dropped++;
        continue;
      }
      this.waiting.add(path);
    }
    if (dropped) {
      this.stats.dropped += dropped;
      this.options.onDrop?.(dropped);
    }
    this.pump();
    return dropped;
  }

  get size(): number {
    return this.waiting.size + this.running.size;
  }

  /** Resolves once nothing is waiting or running (tests, and a shutdown that wants to wait). */
  idle(): Promise<void> {
    if (this.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private pump(): void {
    while (this.running.size < this.options.concurrency) {
      // Oldest first, skipping a path whose previous request has not finished yet.
      const next = [...this.waiting].find((path) => !this.running.has(path));
      if (next === undefined) break;
      this.waiting.delete(next);
      this.running.add(next);
      this.run ??= { warmed: 0, failed: 0, ms: 0, started: performance.now() };
      void this.warm(next).finally(() => {
        this.running.delete(next);
        this.pump();
        if (this.size === 0) this.settle();
      });
    }
  }

  private settle(): void {
    const run = this.run;
    this.run = null;
    if (run) {
      try {
        this.options.onIdle?.({ warmed: run.warmed, failed: run.failed, ms: Math.round(performance.now() - run.started) });
      } catch {
        // Reporting must not stop the queue.
      }
    }
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async warm(path: string): Promise<void> {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    // The timer settles the slot even if a fetcher ignores the abort signal.
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        controller.abort();
        reject(new WarmRequestError(path, 'timeout', `no answer in ${this.options.timeoutMs} ms`));
      }, this.options.timeoutMs);
    });
    try {
      const status = await Promise.race([this.options.fetchPage(path, controller.signal), timeout]);
      // A 404 is an answer too: a withdrawn page's cached copy is replaced by it.
      if (status >= 500) throw new WarmRequestError(path, 'server_error', `status ${status}`);
      this.stats.warmed++;
      if (this.run) this.run.warmed++;
    } catch (error) {
      this.stats.failed++;
      if (this.run) this.run.failed++;
      const failure =
        error instanceof WarmRequestError ? error : new WarmRequestError(path, 'unreachable', error instanceof Error ? error.message : String(error), { cause: error });
      try {
        this.options.onError?.(failure);
      } catch {
        // A logger that throws must not stop the queue.
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
