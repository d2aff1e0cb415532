import 'server-only';
import { z } from 'zod';
import { HIJRI_OFFSET_MAX, HIJRI_OFFSET_MIN } from '@/lib/time/format';
import { fields } from './validation';

/*
 * Site-wide settings as the data layer stores them (one `settings` row per key), and the form
 * that edits them. Kept free of database imports so the rules are unit-tested on their own.
 */

export const SETTING_KEYS = {
  siteName: 'site_name',
  hijriOffset: 'hijri_offset',
  adNetworkTag: 'ad_network_tag',
  require2fa: 'require_2fa',
} as const;

export const DEFAULT_SITE_NAME = { fr: 'Jarida', ar: 'جريدة' } as const;

/**
 * The script address the reader's ad slot loads: a path on this site or an https URL, the same
 * rule lib/data/ads-queries.ts applies when reading it (anything else would be dropped there).
 */
export function isAdScriptSource(src: string): boolean {
  if (/[\s\\<>"']/.test(src)) return false;
  if (/^\/(?![/\\])/.test(src)) return true;
  if (!/^https:\/\/[^/\\]/i.test(src)) return false;
  try {
    return new URL(src).protocol === 'https:';
  } catch {
    return false;
  }
}

export const siteSettingsSchema = z.object({
  siteName: z.object({ fr: z.string().trim().min(1).max(80), ar: z.string().trim().min(1).max(80) }),
  hijriOffset: z.number().int().min(HIJRI_OFFSET_MIN).max(HIJRI_OFFSET_MAX),
  adNetworkTag: z.object({ src: z.string().max(2048).refine(isAdScriptSource, 'url'), google: z.boolean() }).nullable(),
  require2fa: z.boolean(),
});
export type SiteSettings = z.infer<typeof siteSettingsSchema>;

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** The settings form (FormData strings) → SiteSettings; an empty script address means no ad network. */
export const settingsFormSchema = z
  .object({
    siteNameFr: fields.requiredText(80),
    siteNameAr: fields.requiredText(80),
    hijriOffset: z.preprocess(emptyToUndefined, z.coerce.number().int().min(HIJRI_OFFSET_MIN).max(HIJRI_OFFSET_MAX)),
    adNetworkSrc: z
      .string()
      .trim()
      .max(2048)
      .refine((src) => src === '' || isAdScriptSource(src), 'url'),
    adNetworkGoogle: fields.checkbox(),
    require2fa: fields.checkbox(),
  })
  .transform(
    (form): SiteSettings => ({
      siteName: { fr: form.siteNameFr, ar: form.siteNameAr },
      hijriOffset: form.hijriOffset,
      adNetworkTag: form.adNetworkSrc === '' ? null : { src: form.adNetworkSrc, google: form.adNetworkGoogle },
      require2fa: form.require2fa,
    }),
  );
