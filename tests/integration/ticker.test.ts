import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { tickerItems } from '@/db/schema';
import { seed } from '@/demo/seed';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import { testDb } from './support/db';

const handle = testDb();
const db = handle.db;
const now = new Date('2026-11-23T23:00:00Z');
const MARK = '[it-ticker]';
const at = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

beforeAll(async () => {
  await seed(db, { now, log: () => undefined });
  await db.delete(tickerItems).where(like(tickerItems.text, `${MARK}%`));
  await db.insert(tickerItems).values([
    { locale: 'fr', text: `${MARK} sans expiration`, publishedAt: at(-30), expiresAt: null },
    { locale: 'fr', text: `${MARK} expire bientôt`, publishedAt: at(-5), expiresAt: at(10), href: '/fr/rubrique/maroc' },
    { locale: 'fr', text: `${MARK} expirée`, publishedAt: at(-120), expiresAt: at(-1) },
    { locale: 'fr', text: `${MARK} expire pile maintenant`, publishedAt: at(-60), expiresAt: now },
    { locale: 'fr', text: `${MARK} programmée`, publishedAt: at(15), expiresAt: null },
    { locale: 'fr', text: `${MARK} lien douteux`, publishedAt: at(-1), href: 'javascript:alert(1)' },
    { locale: 'ar', text: `${MARK} عاجل`, publishedAt: at(-2), expiresAt: at(60) },
  ]);
});

afterAll(async () => {
  await db.delete(tickerItems).where(like(tickerItems.text, `${MARK}%`));
  await handle.close();
});

const ours = <T extends { text: string }>(items: T[]) => items.filter((item) => item.text.startsWith(MARK));
/** The masthead's lines for a `locale` page at `when` (eight at most: ours and the demo's fit). */
const tickerAt = async (locale: 'fr' | 'ar', when: Date) => (await getSiteChrome(db, locale, when)).ticker;

describe(`ticker (${inject('databaseKind')})`, () => {
  it('shows published, unexpired lines of the language, newest first', async () => {
    const items = ours(await tickerAt('fr', now));
    expect(items.map((item) => item.text.slice(MARK.length + 1))).toEqual(['lien douteux', 'expire bientôt', 'sans expiration']);
    expect(ours(await tickerAt('ar', now)).map((item) => item.text)).toEqual([`${MARK} عاجل`]);
  });

  it('lets lines expire by themselves', async () => {
    const later = ours(await tickerAt('fr', at(16)));
    expect(later.map((item) => item.text)).not.toContain(`${MARK} expire bientôt`);
    expect(later.map((item) => item.text)).toContain(`${MARK} sans expiration`);
    expect(later.map((item) => item.text)).toContain(`${MARK} programmée`);
  });

  it('keeps safe links only', async () => {
    const items = ours(await tickerAt('fr', now));
    expect(items.find((item) => item.text.endsWith('bientôt'))?.href).toBe('/fr/rubrique/maroc');
    expect(items.find((item) => item.text.endsWith('douteux'))?.href).toBeNull();
  });

  it('the demo seed has current lines in both languages', async () => {
    for (const locale of ['fr', 'ar'] as const) {
      expect((await tickerAt(locale, now)).filter((item) => !item.text.startsWith(MARK)).length).toBeGreaterThanOrEqual(2);
    }
  });
});
