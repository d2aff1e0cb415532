import 'server-only';
import { withDb } from '@/db';
import type { Database } from '@/db/client';
import { EDITOR_EDIT, expire } from '@/lib/data/cache-tags';

type Query<A extends unknown[], R> = (db: Database, ...args: A) => Promise<R>;

/**
 * The connection-owning functions of one newsroom table: each takes a `-queries` function (which
 * wants a handle, so tests can pass theirs) and returns it without the handle, run under the label
 * `admin.<name>.<verb>` that logs and traces show. A write then expires the cache tags that `tags`
 * names from its result and arguments, after the transaction has committed.
 */
export function domain(name: string) {
  return {
    read<A extends unknown[], R>(verb: string, query: Query<A, R>) {
      return (...args: A): Promise<R> => withDb(`admin.${name}.${verb}`, (db) => query(db, ...args));
    },
    write<A extends unknown[], R>(verb: string, query: Query<A, R>, tags: (result: R, ...args: A) => string[]) {
      return async (...args: A): Promise<R> => {
        const result = await withDb(`admin.${name}.${verb}`, (db) => query(db, ...args));
        expire(tags(result, ...args), EDITOR_EDIT);
        return result;
      };
    },
  };
}
