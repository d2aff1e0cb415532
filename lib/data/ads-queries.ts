import 'server-only';
import { z } from 'zod';
import { pickSources, variantsOf, type ImageSource } from '@/lib/media/variants';
import { mediaUrl } from '@/lib/storage/media-root';
import type { AdSlotKind } from '@/lib/ads/slots';

/*
 * Advertising rules: how a house ad is picked for a slot, and what a valid ad network setting
 * is. The rows come from the site chrome (chrome-queries.ts); the slot kinds and sizes are in
 * lib/ads/slots.ts, which the demo seed shares.
 */

export { AD_SLOT_KINDS, AD_SLOT_SIZES, MOBILE_LEADERBOARD_SIZE, PHONE_MAX_WIDTH, type AdSlotKind } from '@/lib/ads/slots';

export interface HouseAdDto {
  id: number;
  kind: AdSlotKind;
  /** Site-relative link. */
  href: string;
  alt: string;
  image: { url: string; width: number; height: number; sources: ImageSource[] };
  /** The phone creative, served to viewports up to PHONE_MAX_WIDTH in place of `image`. */
  mobileImage: { url: string; width: number; height: number; sources: ImageSource[] } | null;
}

const DAY = 86_400_000;
/** Candidates a slot rotates through at most. */
const ROTATION_MAX = 50;

/** A running house ad with its creative, as read from the database. */
export interface HouseAdCandidate {
  id: number;
  kind: AdSlotKind;
  href: string;
  alt: string;
  storageKey: string;
  width: number;
  height: number;
  variants?: unknown;
  mobileStorageKey: string | null;
  mobileWidth: number | null;
  mobileHeight: number | null;
  mobileVariants?: unknown;
}

/**
 * Which running ad a slot of `kind` shows at `now`: when several qualify they take turns, one per
 * UTC day, in id order (so every page rendered the same day agrees).
 */
export function pickHouseAd(candidates: HouseAdCandidate[], kind: AdSlotKind, now: Date): HouseAdDto | null {
  const ofKind = candidates
    .filter((candidate) => candidate.kind === kind)
    .sort((a, b) => a.id - b.id)
    .slice(0, ROTATION_MAX);
  if (ofKind.length === 0) return null;
  const row = ofKind[Math.floor(now.getTime() / DAY) % ofKind.length]!;
  return {
    id: row.id,
    kind: row.kind,
    href: row.href,
    alt: row.alt,
    image: { url: mediaUrl(row.storageKey), width: row.width, height: row.height, sources: pickSources(variantsOf(row.variants), 'full', mediaUrl)?.sources ?? [] },
    mobileImage: row.mobileStorageKey
      ? {
          url: mediaUrl(row.mobileStorageKey),
          width: row.mobileWidth!,
          height: row.mobileHeight!,
          sources: pickSources(variantsOf(row.mobileVariants), 'full', mediaUrl)?.sources ?? [],
        }
      : null,
  };
}

export const AD_NETWORK_TAG_KEY = 'ad_network_tag';

export interface AdNetworkTag {
  /** Script URL: site-relative, or https on another host. */
  src: string;
  /** Whether the network is Google's (it then expects Consent Mode v2 signals). */
  google: boolean;
}

const adNetworkTagSchema = z.object({
  src: z
    .string()
    .max(2048)
    .refine((src) => /^\/(?![/\\])/.test(src) || /^https:\/\/[^/\\]/i.test(src), 'src must be site-relative or https'),
  google: z.boolean().default(false),
});

/** A stored `ad_network_tag` value as the reader uses it; missing or malformed means none. */
export function parseAdNetworkTag(value: unknown): AdNetworkTag | null {
  const parsed = adNetworkTagSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
