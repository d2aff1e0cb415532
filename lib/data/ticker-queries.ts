import 'server-only';
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
