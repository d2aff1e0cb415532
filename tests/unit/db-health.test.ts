import { afterEach, describe, expect, it } from 'vitest';
import { isConnectionError, isDatabaseDown, markDatabaseDown, markDatabaseUp } from '@/lib/db-health';
import { unavailableResponse } from '@/lib/standalone-page';

afterEach(() => markDatabaseUp());

describe('database health', () => {
  it('recognises connection failures, including wrapped ones', () => {
    expect(isConnectionError(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isConnectionError(Object.assign(new Error('terminating connection'), { code: '57P01' }))).toBe(true);
    expect(isConnectionError(new Error('Failed query', { cause: Object.assign(new Error('x'), { code: '08006' }) }))).toBe(true);
    expect(isConnectionError(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('does not mistake query errors for an outage', () => {
    expect(isConnectionError(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isConnectionError(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isConnectionError(null)).toBe(false);
  });

  it('is shared through globalThis and clears when the database is back', () => {
    expect(isDatabaseDown()).toBe(false);
    markDatabaseDown('ECONNREFUSED');
    expect(isDatabaseDown()).toBe(true);
    markDatabaseUp();
    expect(isDatabaseDown()).toBe(false);
  });
});

describe('503 page', () => {
  it('is localized, marked retryable and never cached', async () => {
    const fr = unavailableResponse('fr');
    expect(fr.status).toBe(503);
    expect(fr.headers.get('retry-after')).toBe('30');
    expect(fr.headers.get('cache-control')).toBe('no-store');
    expect(await fr.text()).toContain('Service momentanément indisponible');
    const ar = await unavailableResponse('ar').text();
    expect(ar).toContain('dir="rtl"');
    expect(ar).toContain('الخدمة غير متاحة مؤقتا');
  });
});
