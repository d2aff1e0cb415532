import 'server-only';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { audit } from '@/lib/audit';
import { assertCan, type Actor } from './actor';
import { parseInput } from './errors';
import { DEFAULT_SITE_NAME, SETTING_KEYS, siteSettingsSchema, type SiteSettings } from './settings-schema';

export { SETTING_KEYS, type SiteSettings } from './settings-schema';

type Stored = Partial<Record<(typeof SETTING_KEYS)[keyof typeof SETTING_KEYS], unknown>>;

async function readStored(db: Pick<Database, 'select'>): Promise<Stored> {
  const rows = await db
    .select({ key: settings.key, value: settings.value })
    .from(settings)
    .where(inArray(settings.key, Object.values(SETTING_KEYS)));
  return Object.fromEntries(rows.map((row) => [row.key, row.value]));
}

/** Stored values as the form shows them; anything missing or malformed reads as its default. */
function fromStored(stored: Stored): SiteSettings {
  const parts = siteSettingsSchema.shape;
  const offset = parts.hijriOffset.safeParse(stored.hijri_offset);
  const tag = parts.adNetworkTag.unwrap().safeParse(stored.ad_network_tag);
  return {
    siteName: parseSiteName(stored.site_name),
    hijriOffset: offset.success ? offset.data : 0,
    adNetworkTag: tag.success ? tag.data : null,
    require2fa: stored.require_2fa === true,
  };
}

export async function getSettings(db: Database, actor: Actor): Promise<SiteSettings> {
  assertCan(actor, 'settings.manage');
  return fromStored(await readStored(db));
}

/** The site's name in each language, for any reader or admin page (no permission needed). */
export async function readSiteName(db: Database): Promise<{ fr: string; ar: string }> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SETTING_KEYS.siteName));
  return parseSiteName(row?.value);
}

/** A stored `site_name` value; anything missing or malformed reads as the default name. */
export function parseSiteName(value: unknown): { fr: string; ar: string } {
  const parsed = siteSettingsSchema.shape.siteName.safeParse(value);
  return parsed.success ? parsed.data : { ...DEFAULT_SITE_NAME };
}

/**
 * Saves every setting at once and records which ones changed (old and new values: none of them
 * is secret). The caller expires the reader's `settings` cache tag.
 */
export async function updateSettings(db: Database, actor: Actor, input: SiteSettings): Promise<{ changed: string[] }> {
  assertCan(actor, 'settings.manage');
  const next = parseInput(siteSettingsSchema, input);
  return db.transaction(async (tx) => {
    const before = fromStored(await readStored(tx));
    const values: Record<string, unknown> = {
      [SETTING_KEYS.siteName]: next.siteName,
      [SETTING_KEYS.hijriOffset]: next.hijriOffset,
      [SETTING_KEYS.adNetworkTag]: next.adNetworkTag,
      [SETTING_KEYS.require2fa]: next.require2fa,
    };
    const previous: Record<string, unknown> = {
      [SETTING_KEYS.siteName]: before.siteName,
      [SETTING_KEYS.hijriOffset]: before.hijriOffset,
      [SETTING_KEYS.adNetworkTag]: before.adNetworkTag,
      [SETTING_KEYS.require2fa]: before.require2fa,
    };
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const [key, value] of Object.entries(values)) {
      if (JSON.stringify(previous[key]) !== JSON.stringify(value)) changes[key] = { from: previous[key], to: value };
    }
    const changed = Object.keys(changes);
    if (changed.length === 0) return { changed };
    for (const key of changed) {
      const value = values[key];
      // No ad network is the absence of the row, which is what the reader side expects.
      if (value === null) await tx.delete(settings).where(eq(settings.key, key));
      else {
        await tx
          .insert(settings)
          .values({ key, value, updatedAt: new Date() })
          .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value`, updatedAt: sql`excluded.updated_at` } });
      }
    }
    await audit(tx, { userId: actor.id, action: 'settings.update', entityType: 'settings', details: { changes } });
    return { changed };
  });
}
