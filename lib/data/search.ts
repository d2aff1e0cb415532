import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { withDb, withReaderDb } from '@/db';
import { scriptLocale } from '@/lib/search/script';
import { cacheTags } from './cache-tags';
import { createLexiconTrigger, searchArticles, type SearchQuery } from './search-queries';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('search');

/**
 * Cached search for the page and the API: a popular query is answered from the cache for a
 * couple of minutes, and a publish expires its language's results (tagsForArticleChange).
 */
export async function searchSite(query: SearchQuery) {
  'use cache';
  cacheLife('search');
  cacheTag(cacheTags.all, cacheTags.search(query.locale));
  // A query in the other language's script also shows that language's stories (otherLanguage).
  const script = scriptLocale(query.q);
  if (script && script !== query.locale) cacheTag(cacheTags.search(script));
  return withReaderDb('search', (db) => searchArticles(db, query));
}

const globalForLexicon = globalThis as unknown as { jaridaLexiconTrigger?: ReturnType<typeof createLexiconTrigger> };

/**
 * "Did you mean" reads a materialized view of title and heading words. The seed refreshes it,
 * and so should the admin after publishing (refreshSearchLexicon); this catches anything else
 * within ten minutes, in the background, once per interval across all instances.
 */
export function keepSearchLexiconFresh(): void {
  const trigger = (globalForLexicon.jaridaLexiconTrigger ??= createLexiconTrigger());
  withDb('search lexicon', (db) => trigger(db, new Date())).catch((error: unknown) =>
    log.error({ err: error }, 'lexicon refresh failed'),
  );
}
