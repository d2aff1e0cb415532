import { adSlotKindEnum } from '@/db/schema';

/*
 * The ad slot kinds and the size every creative of a kind is drawn at. No `server-only`: the
 * demo seed (plain Node) draws its house-ad creatives at these sizes too.
 */

export const AD_SLOT_KINDS = adSlotKindEnum.enumValues;
export type AdSlotKind = (typeof AD_SLOT_KINDS)[number];

/** IAB sizes every creative of a kind is drawn at (house ads and the network's alike). */
export const AD_SLOT_SIZES: Record<AdSlotKind, { width: number; height: number }> = {
  leaderboard: { width: 728, height: 90 },
  rectangle: { width: 300, height: 250 },
  'in-article': { width: 300, height: 250 },
};

/**
 * The phone creative of a leaderboard (IAB mobile leaderboard), drawn at twice this size for
 * sharp phone screens; the slot takes this size below PHONE_MAX_WIDTH (app/[locale]/globals.css).
 */
export const MOBILE_LEADERBOARD_SIZE = { width: 320, height: 100 } as const;
/** The widest viewport that gets a house ad's phone creative; the CSS breakpoint of the slot. */
export const PHONE_MAX_WIDTH = 767;
