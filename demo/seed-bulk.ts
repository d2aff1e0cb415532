import { randomBytes, randomUUID } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { count, sql } from 'drizzle-orm';
import { createDb, type Database } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, sections, tags, type NewArticle } from '@/db/schema';
import { liveEnv } from '@/lib/env';
import { seed } from './seed';
import { AR, FR, type Vocabulary } from './seed-data/bulk-vocabulary';
import { doc, h2, p, type BlockNode } from './seed-data/doc';
import { logger } from '@/lib/observability/log.mjs';

/*
 * Bulk content for benchmarks: `npm run db:seed-bulk -- --count 10000 [--seed 42]` adds N
 * published articles (half French, half Arabic, a third of them as translation pairs) with
 * news-sized titles, summaries and bodies made from generated sentences, spread over the
 * sections, authors, tags and the last two years. Runs add up: slugs carry a run id.
 */

export interface BulkOptions {
  count: number;
  /** PRNG seed: the same seed gives the same text (ids, slugs and dates differ per run). */
  seed?: number;
  now?: Date;
  batchSize?: number;
  log?: (message: string) => void;
}

const DAY_MS = 86_400_000;

/** mulberry32: small, fast and good enough for filler text. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

type Rng = ReturnType<typeof prng>;

function join(words: string[], locale: 'fr' | 'ar'): string {
  // Arabic writes the conjunction و attached to the next word ("والمغرب").
  if (locale === 'ar') return words.join(' ').replace(/(^| )و /g, '$1و');
  return words.join(' ');
}

function sentence(rng: Rng, v: Vocabulary, locale: 'fr' | 'ar', minWords: number, maxWords: number): string {
  const words: string[] = [rng.pick(v.subjects), rng.pick(v.verbs)];
  const target = rng.int(minWords, maxWords);
  while (words.length < target) {
    const roll = rng.next();
    if (roll < 0.45) words.push(rng.pick(v.nouns));
    else if (roll < 0.65) words.push(rng.pick(v.adjectives));
    else if (roll < 0.85) words.push(rng.pick(v.connectors));
    else if (roll < 0.95) words.push(rng.pick(v.places));
    else words.push(String(rng.int(2, 2000)));
  }
  const text = join(words, locale);
  return locale === 'fr' ? `${text.charAt(0).toUpperCase()}${text.slice(1)}.` : `${text}.`;
}

function title(rng: Rng, v: Vocabulary, locale: 'fr' | 'ar'): string {
  const place = rng.pick(v.places);
  const rest = [rng.pick(v.subjects), rng.pick(v.verbs), rng.pick(v.nouns), rng.pick(v.adjectives)];
  if (rng.next() < 0.3) rest.push(rng.pick(v.topics));
  if (rng.next() < 0.5) rest.push(rng.pick(v.connectors), rng.pick(v.nouns));
  const text = join(rest, locale);
  return locale === 'fr' ? `${place} : ${text}` : `${place}: ${text}`;
}

function body(rng: Rng, v: Vocabulary, locale: 'fr' | 'ar'): BlockNode[] {
  const blocks: BlockNode[] = [];
  const paragraphs = rng.int(5, 12);
  for (let i = 0; i < paragraphs; i++) {
    if (i > 1 && rng.next() < 0.2) blocks.push(h2(join([rng.pick(v.nouns), rng.pick(v.adjectives)], locale)));
    const sentences = Array.from({ length: rng.int(2, 5) }, () => sentence(rng, v, locale, 10, 24));
    blocks.push(p(sentences.join(' ')));
  }
  return blocks;
}

function slugRun(): string {
  return `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
}

export async function seedBulk(db: Database, options: BulkOptions): Promise<{ inserted: number; run: string }> {
  const log = options.log ?? (() => undefined);
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 500;
  const rng = prng(options.seed ?? 42);
  const run = slugRun();

  const [sectionRows, authorRows, tagRows] = await Promise.all([
    db.select({ id: sections.id }).from(sections),
    db.select({ id: authors.id }).from(authors),
    db.select({ id: tags.id, locale: tags.locale }).from(tags),
  ]);
  if (sectionRows.length === 0 || authorRows.length === 0) throw new Error('No sections or authors: run the demo seed first (npm run db:seed).');
  const tagIds = { fr: tagRows.filter((t) => t.locale === 'fr').map((t) => t.id), ar: tagRows.filter((t) => t.locale === 'ar').map((t) => t.id) };

  const started = performance.now();
  let inserted = 0;
  let pairGroup: string | null = null;
  while (inserted < options.count) {
    const size = Math.min(batchSize, options.count - inserted);
    const values: NewArticle[] = [];
    const meta: { authors: number[]; tags: number[] }[] = [];
    for (let i = 0; i < size; i++) {
      const n = inserted + i;
      const locale = n % 2 === 0 ? 'fr' : 'ar';
      const v = locale === 'fr' ? FR : AR;
      // Every third French article gets an Arabic twin right after it.
      let translationGroup: string;
      if (locale === 'fr') {
        translationGroup = randomUUID();
        pairGroup = n % 3 === 0 ? translationGroup : null;
      } else {
        translationGroup = pairGroup ?? randomUUID();
        pairGroup = null;
      }
      const publishedAt = new Date(now.getTime() - Math.floor(rng.next() ** 1.5 * 730 * DAY_MS) - rng.int(0, 3_600_000));
      const blocks = body(rng, v, locale);
      values.push({
        locale,
        slug: `bulk-${run}-${n}`,
        translationGroup,
        title: title(rng, v, locale),
        summary: Array.from({ length: rng.int(1, 2) }, () => sentence(rng, v, locale, 14, 24)).join(' '),
        body: doc(...blocks),
        sectionId: rng.pick(sectionRows).id,
        status: 'published',
        publishedAt,
        updatedAt: publishedAt,
      });
      const authorCount = rng.next() < 0.2 ? 2 : 1;
      meta.push({
        authors: [...new Set(Array.from({ length: authorCount }, () => rng.pick(authorRows).id))],
        tags: tagIds[locale].length ? [...new Set(Array.from({ length: rng.int(0, 2) }, () => rng.pick(tagIds[locale])))] : [],
      });
    }
    await db.transaction(async (tx) => {
      const rows = await tx.insert(articles).values(values).returning({ id: articles.id });
      const bylines = rows.flatMap((row, i) => meta[i]!.authors.map((authorId, position) => ({ articleId: row.id, authorId, position })));
      const tagged = rows.flatMap((row, i) => meta[i]!.tags.map((tagId) => ({ articleId: row.id, tagId })));
      if (bylines.length) await tx.insert(articleAuthors).values(bylines);
      if (tagged.length) await tx.insert(articleTags).values(tagged);
    });
    inserted += size;
    log(`[seed-bulk] ${inserted}/${options.count} articles (${Math.round((performance.now() - started) / 1000)} s)`);
  }
  await db.execute(sql`refresh materialized view concurrently search_lexicon`);
  await db.execute(sql`analyze articles`);
  return { inserted, run };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  if (index !== -1) return process.argv[index + 1];
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = liveEnv().DATABASE_URL;
  const total = Number(argument('count') ?? 1000);
  const seedValue = Number(argument('seed') ?? 42);
  if (!url) {
    logger('seed-bulk').error('DATABASE_URL is not set. Run `npm run db:seed-bulk -- --count N`, which provides the embedded database, or set DATABASE_URL.');
    process.exit(1);
  }
  if (!Number.isInteger(total) || total < 1 || total > 1_000_000) {
    logger('seed-bulk').error('--count must be a whole number from 1 to 1000000');
    process.exit(1);
  }
  const { db, close } = createDb(url, { max: 2 });
  (async () => {
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(sections);
    if (n === 0) {
      logger('seed-bulk').info('empty database: loading the demo content first');
      await seed(db, { log: (message) => logger('seed').info(message) });
    }
    const result = await seedBulk(db, { count: total, seed: seedValue, log: (message) => logger('seed-bulk').info(message) });
    logger('seed-bulk').info(`done: ${result.inserted} articles (slugs bulk-${result.run}-*)`);
  })()
    .catch((error: unknown) => {
      logger('seed-bulk').error({ err: error }, 'failed');
      process.exitCode = 1;
    })
    .finally(() => close());
}
