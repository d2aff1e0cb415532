import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { tickerItems } from '@/db/schema';
import { ExpectedError, InvalidInputError } from '@/lib/admin/errors';
import { createHouseAd, deleteHouseAd, houseAdFormSchema, updateHouseAd } from '@/lib/admin/house-ads-queries';
import { uploadMedia } from '@/lib/admin/media-queries';
import { activeTickerItems, createTickerItem, deleteTickerItem, listTickerItems, tickerFormSchema, tickerStatus, updateTickerItem } from '@/lib/admin/ticker-queries';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import { fromMoroccoLocal } from '@/lib/time/legal-time';
import { contentTestDb, png, uploadText } from './support/content';

const { db, actors: { editor } } = contentTestDb();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// Far from the seed's dates so other test files' rows cannot interfere.
const now = new Date('2031-03-10T12:00:00Z');

describe(`ticker (${inject('databaseKind')})`, () => {
  it('shows readers only published, unexpired lines of their language, newest first', async () => {
    const at = (hours: number) => new Date(now.getTime() + hours * HOUR);
    const make = (text: string, locale: 'fr' | 'ar', publishedAt: Date, expiresAt: Date | null) => createTickerItem(db, editor, { locale, text, publishedAt, expiresAt }, now);
    const old = await make('Ancienne', 'fr', at(-5), at(-1));
    const live = await make('En cours', 'fr', at(-2), at(3));
    const newest = await make('Sans fin', 'fr', at(-1), null);
    const later = await make('Plus tard', 'fr', at(2), null);
    const arabic = await make('عاجل', 'ar', at(-1), null);
    const mine = new Set([old.id, live.id, newest.id, later.id, arabic.id]);
    const active = async (locale: 'fr' | 'ar', at: Date) => (await activeTickerItems(db, locale, at, 100)).map((item) => item.id).filter((id) => mine.has(id));

    expect(await active('fr', now)).toEqual([newest.id, live.id]);
    expect(await active('ar', now)).toEqual([arabic.id]);
    // Four hours on: the second has expired and the scheduled one has started.
    expect(await active('fr', at(4))).toEqual([later.id, newest.id]);

    const list = await listTickerItems(db, { locale: 'fr', now });
    const status = Object.fromEntries(list.items.map((item) => [item.id, item.status]));
    expect([status[old.id], status[live.id], status[newest.id], status[later.id]]).toEqual(['expired', 'active', 'active', 'scheduled']);
    expect((await listTickerItems(db, { locale: 'fr', status: 'expired', now })).items.map((item) => item.id)).toContain(old.id);
    expect((await listTickerItems(db, { locale: 'fr', status: 'expired', now })).items.map((item) => item.id)).not.toContain(live.id);
    expect((await listTickerItems(db, { locale: 'fr', status: 'scheduled', now })).items.map((item) => item.id)).toEqual([later.id]);
    expect(tickerStatus({ publishedAt: at(-1), expiresAt: now }, now)).toBe('expired');
  });

  it('publishes now by default, refuses an expiry before publication, and checks text and links', async () => {
    const { id } = await createTickerItem(db, editor, { locale: 'fr', text: '  Séisme ressenti à Agadir  ', href: '/fr/article/seisme' }, now);
    const [row] = await db.select().from(tickerItems).where(eq(tickerItems.id, id));
    expect(row).toMatchObject({ text: 'Séisme ressenti à Agadir', publishedAt: now, expiresAt: null, createdBy: editor.id });
    const error = await createTickerItem(db, editor, { locale: 'fr', text: 'x', publishedAt: now, expiresAt: now }, now).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ field: 'expiresAt', messageKey: 'ticker.expiryBeforePublish' });
    for (const bad of [{ text: 'x'.repeat(161) }, { text: '' }, { text: 'ok', href: 'javascript:alert(1)' }, { text: 'ok', href: '//evil.example' }]) {
      await expect(createTickerItem(db, editor, { locale: 'fr', ...bad }, now), JSON.stringify(bad)).rejects.toBeInstanceOf(InvalidInputError);
    }
    await updateTickerItem(db, editor, id, { locale: 'fr', text: 'Séisme : pas de victimes', href: null, publishedAt: now, expiresAt: new Date(now.getTime() + HOUR) }, now);
    expect((await db.select().from(tickerItems).where(eq(tickerItems.id, id)))[0]!.text).toBe('Séisme : pas de victimes');
    await deleteTickerItem(db, editor, id);
    await expect(deleteTickerItem(db, editor, id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reads datetime-local form values as Moroccan legal time', () => {
    const parsed = tickerFormSchema.parse({ locale: 'ar', text: 'خبر', href: '', publishedAt: '2031-03-10T13:00', expiresAt: '' });
    // lib/time owns Morocco's offset (it changed in 2026); the form must defer to it, not to the server zone.
    expect(parsed.publishedAt).toEqual(fromMoroccoLocal(2031, 3, 10, 13, 0));
    expect(parsed.expiresAt).toBeNull();
    expect(parsed.href).toBeNull();
    // Summer 2026, when Morocco was still on UTC+1: 13:00 there was 12:00 UTC.
    expect(tickerFormSchema.parse({ locale: 'fr', text: 'x', href: '', publishedAt: '2026-07-01T13:00', expiresAt: '' }).publishedAt!.toISOString()).toBe('2026-07-01T12:00:00.000Z');
    expect(tickerFormSchema.safeParse({ locale: 'fr', text: 'x', href: 'http://plain.example', publishedAt: '', expiresAt: '' }).success).toBe(false);
  });
});

describe(`house ads (${inject('databaseKind')})`, () => {
  it('creates an ad that readers then see, with safe links and ordered dates', async () => {
    const image = await uploadMedia(db, editor, { ...uploadText, bytes: await png(300, 250), originalName: 'pave.png' });
    const base = { name: 'Abonnement test', kind: 'in-article' as const, locale: 'ar' as const, imageId: image.id, alt: 'اشترك', href: '/ar', startsAt: new Date(now.getTime() - HOUR), endsAt: new Date(now.getTime() + 60 * DAY) };
    const { id } = await createHouseAd(db, editor, base);
    // Running ads of a kind take turns one per day, so look at every day of the campaign.
    const shownDuring = async (locale: 'fr' | 'ar', from: Date) => {
      const shown = new Map<number, Awaited<ReturnType<typeof getSiteChrome>>['houseAds']['in-article']>();
      for (let day = 0; day < 50; day++) {
        const ad = (await getSiteChrome(db, locale, new Date(from.getTime() + day * DAY))).houseAds['in-article'];
        if (ad) shown.set(ad.id, ad);
      }
      return shown;
    };
    const during = await shownDuring('ar', now);
    expect(during.get(id)?.image.url).toBe(image.url);
    expect((await shownDuring('fr', now)).has(id)).toBe(false);
    expect((await shownDuring('ar', new Date(now.getTime() + 61 * DAY))).has(id)).toBe(false);

    await expect(createHouseAd(db, editor, { ...base, href: 'javascript:alert(1)' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(createHouseAd(db, editor, { ...base, endsAt: base.startsAt })).rejects.toMatchObject({ field: 'endsAt', messageKey: 'ads.endBeforeStart' });
    await expect(createHouseAd(db, editor, { ...base, imageId: 999_999 })).rejects.toMatchObject({ field: 'imageId', messageKey: 'ads.imageMissing' });

    await updateHouseAd(db, editor, id, { ...base, locale: null, href: 'https://boutique.example/abonnement' });
    expect((await shownDuring('fr', now)).get(id)?.href).toBe('https://boutique.example/abonnement');
    await deleteHouseAd(db, editor, id);
    expect((await shownDuring('fr', now)).has(id)).toBe(false);
  });

  it('gives a leaderboard a phone creative that readers get beside the desktop one, and takes it away', async () => {
    const desktop = await uploadMedia(db, editor, { ...uploadText, bytes: await png(728, 90), originalName: 'bandeau.png' });
    const phone = await uploadMedia(db, editor, { ...uploadText, bytes: await png(640, 200), originalName: 'bandeau-telephone.png' });
    // A year on, past the other tests' campaigns. Running leaderboards take turns by day (at most
    // ROTATION_MAX of them), so it runs for 60 days and one of them is its turn.
    const at = new Date(now.getTime() + 400 * DAY);
    const base = { name: 'Bandeau test', kind: 'leaderboard' as const, locale: 'fr' as const, imageId: desktop.id, mobileImageId: phone.id, alt: 'Abonnez-vous', href: '/fr', startsAt: new Date(at.getTime() - HOUR), endsAt: new Date(at.getTime() + 60 * DAY) };
    const { id } = await createHouseAd(db, editor, base);
    const shown = async () => {
      for (let day = 0; day < 60; day++) {
        const ad = (await getSiteChrome(db, 'fr', new Date(at.getTime() + day * DAY))).houseAds.leaderboard;
        if (ad?.id === id) return ad;
      }
      return (await getSiteChrome(db, 'fr', at)).houseAds.leaderboard;
    };
    try {
      const ad = await shown();
      expect(ad?.id).toBe(id);
      expect(ad!.image).toMatchObject({ url: desktop.url, width: 728, height: 90 });
      expect(ad!.mobileImage).toMatchObject({ url: phone.url, width: 640, height: 200 });
      // Both served from their renditions (components/site/ad-slot.tsx), the phone's in its own sources.
      expect(ad!.image.sources.length).toBeGreaterThan(0);
      expect(ad!.mobileImage!.sources.map((source) => source.url).every((url) => url.startsWith(phone.url.replace(/original\.png$/, '')))).toBe(true);

      await expect(updateHouseAd(db, editor, id, { ...base, mobileImageId: 999_999 })).rejects.toMatchObject({ field: 'mobileImageId', messageKey: 'ads.imageMissing' });
      await updateHouseAd(db, editor, id, { ...base, mobileImageId: null });
      const without = await shown();
      expect(without?.id).toBe(id);
      expect(without!.mobileImage).toBeNull();
    } finally {
      await deleteHouseAd(db, editor, id);
    }
  });

  it('parses the form: both languages as null, Moroccan dates, required image, optional phone image', () => {
    const parsed = houseAdFormSchema.parse({ name: 'x', kind: 'leaderboard', locale: '', imageId: '4', alt: 'a', href: '/fr', startsAt: '2031-01-01T00:00', endsAt: '' });
    expect(parsed).toMatchObject({ locale: null, imageId: 4, mobileImageId: null, endsAt: null });
    expect(houseAdFormSchema.parse({ name: 'x', kind: 'leaderboard', locale: 'ar', imageId: '4', mobileImageId: '7', alt: 'a', href: '/ar', startsAt: '', endsAt: '' }).mobileImageId).toBe(7);
    expect(parsed.startsAt).toEqual(fromMoroccoLocal(2031, 1, 1, 0, 0));
    const missing = houseAdFormSchema.safeParse({ name: 'x', kind: 'leaderboard', locale: '', imageId: '', alt: 'a', href: '/fr', startsAt: '', endsAt: '' });
    expect(missing.error?.issues.map((issue) => [issue.path.join('.'), issue.code])).toEqual([['imageId', 'too_small']]);
  });
});
