import { randomBytes, timingSafeEqual } from 'node:crypto';

// One secret per server process: the scheduler and the route it calls live in the same process.
const holder = globalThis as unknown as { jaridaSchedulerToken?: string };

export function schedulerToken(): string {
  holder.jaridaSchedulerToken ??= randomBytes(32).toString('hex');
  return holder.jaridaSchedulerToken;
}

export function isSchedulerToken(value: string | null): boolean {
  if (!value) return false;
  const expected = Buffer.from(schedulerToken());
  const given = Buffer.from(value);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
