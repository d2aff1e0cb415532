/**
 * Whether the database answered lately. Shared through globalThis because proxy.ts and the
 * app are bundled separately but run in one Node process; the proxy reads it (no I/O) to
 * answer 503 while the data layer (a failed query, or its periodic health check) knows the
 * database is down.
 */
interface DbHealthState {
  downSince: number | null;
  lastError: string | null;
}

const key = Symbol.for('jarida.dbHealth');
const store = globalThis as unknown as Record<symbol, DbHealthState | undefined>;

function state(): DbHealthState {
  return (store[key] ??= { downSince: null, lastError: null });
}

export function markDatabaseDown(reason: string): void {
  const current = state();
  if (current.downSince === null) current.downSince = Date.now();
  current.lastError = reason;
}

export function markDatabaseUp(): void {
  const current = state();
  current.downSince = null;
  current.lastError = null;
}

export function isDatabaseDown(): boolean {
  return state().downSince !== null;
}

// SQLSTATE classes 08 (connection) and 57P (operator intervention), plus socket errors.
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH']);

export function isConnectionError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (CONNECTION_CODES.has(code) || code.startsWith('08') || code.startsWith('57P'))) {
      return true;
    }
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && /connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED/i.test(message)) {
      return true;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}
