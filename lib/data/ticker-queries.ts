import 'server-only';
import { and, desc, eq, gt, isNull, lte, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { tickerItems } from '@/db/schema';
import type { AppLocale } from '@/lib/i18n/routing';
import { safeHref } from '@/lib/rich-text';

export interface TickerItemDto {
  id: number;
  text: string;
  /** Absolute http(s) URL or site path; anything else is dropped. */
  href: string | null;
  publishedAt: string;
  expiresAt: string | null;
}

/** How many lines the masthead shows at most. */
export const TICKER_LIMIT = 8;

export interface TickerRow {
  id: number;
  text: string;
  href: string | null;
  /** A Date from a column, an ISO string from a json_agg. */
  publishedAt: Date | string;
  expiresAt: Date | string | null;
}

export function toTickerItem(row: TickerRow): TickerItemDto {
  return {
    id: row.id,
    text: row.text,
    href: row.href ? safeHref(row.href) : null,
    publishedAt: new Date(row.publishedAt).toISOString(),
    expiresAt: row.expiresAt ? new Date(row.expiresAt).toISOString() : null,
  };
}

/** Lines already published and not yet expired (no expiry means until removed), newest first. */
export async function listActiveTickerItems(db: Database, locale: AppLocale, now: Date = new Date(), limit = TICKER_LIMIT): Promise<TickerItemDto[]> {
  const rows = await db
    .select({
      id: tickerItems.id,
      text: tickerItems.text,
      href: tickerItems.href,
      publishedAt: tickerItems.publishedAt,
      expiresAt: tickerItems.expiresAt,
    })
    .from(tickerItems)
    .where(
      and(
        eq(tickerItems.locale, locale),
        lte(tickerItems.publishedAt, now),
        or(isNull(tickerItems.expiresAt), gt(tickerItems.expiresAt, now)),
      ),
    )
    .orderBy(desc(tickerItems.publishedAt), desc(tickerItems.id))
    .limit(limit);
  return rows.map(toTickerItem);
}
