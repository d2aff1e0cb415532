import { inject } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';

export function testDb(): DbHandle {
  return createDb(inject('databaseUrl'), { max: 4 });
}
