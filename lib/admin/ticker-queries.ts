import 'server-only';
import { and, count, desc, eq, gt, isNull, lte, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { tickerItems } from '@/db/schema';
import { audit } from '@/lib/audit';
import { assertCan, type Actor } from './actor';
import { ExpectedError, parseInput } from './errors';
import { deleteRow, insertRow, lockRow, updateRow } from './rows';
import { fields, isSafeHref } from './validation';
import { pageOf } from './paging';

export const TICKER_TEXT_MAX = 160;
export const TICKER_PAGE_SIZE = 50;

/** Typed input for the data layer (instants, not form strings). */
export const tickerSchema = z.object({
  locale: z.enum(['fr', 'ar']),
  text: z.string().trim().min(1).max(TICKER_TEXT_MAX),
  href: z.string().trim().refine(isSafeHref, 'url').nullable().default(null),
  // Null means "now".
  publishedAt: z.date().nullable().default(null),
  expiresAt: z.date().nullable().default(null),
});
export type TickerInput = z.input<typeof tickerSchema>;

/** The ticker form: datetime-local values in Moroccan legal time. */
export const tickerFormSchema = z.object({
  locale: fields.locale(),
  text: fields.requiredText(TICKER_TEXT_MAX),
  href: fields.optionalSafeHref(),
  publishedAt: fields.optionalMoroccanTime(),
  expiresAt: fields.optionalMoroccanTime(),
});

export type TickerStatus = 'scheduled' | 'active' | 'expired';

/** A ticker line as the newsroom shows and edits it. */
export interface TickerItemDto {
  id: number;
  locale: 'fr' | 'ar';
  text: string;
  href: string | null;
  publishedAt: Date;
  expiresAt: Date | null;
}

const tickerColumns = {
  id: tickerItems.id,
  locale: tickerItems.locale,
  text: tickerItems.text,
  href: tickerItems.href,
  publishedAt: tickerItems.publishedAt,
  expiresAt: tickerItems.expiresAt,
};

export function tickerStatus(item: Pick<TickerItemDto, 'publishedAt' | 'expiresAt'>, now: Date): TickerStatus {
  if (item.expiresAt && item.expiresAt <= now) return 'expired';
  if (item.publishedAt > now) return 'scheduled';
  return 'active';
}

/** Lines readers see at `now` in one language: published, not expired, newest first. */
export async function activeTickerItems(db: Database, locale: 'fr' | 'ar', now: Date, limit = 10): Promise<TickerItemDto[]> {
  return db
    .select(tickerColumns)
    .from(tickerItems)
    .where(and(eq(tickerItems.locale, locale), lte(tickerItems.publishedAt, now), or(isNull(tickerItems.expiresAt), gt(tickerItems.expiresAt, now))))
    .orderBy(desc(tickerItems.publishedAt), desc(tickerItems.id))
    .limit(limit);
}

/** The admin list: every line, newest first, with its status at `now`. */
export async function listTickerItems(
  db: Database,
  input: { locale?: 'fr' | 'ar' | null; status?: TickerStatus | null; now: Date; page?: number },
): Promise<{ items: (TickerItemDto & { status: TickerStatus })[]; page: number; pages: number; total: number }> {
  const conditions: SQL[] = [];
  if (input.locale) conditions.push(eq(tickerItems.locale, input.locale));
  if (input.status === 'expired') conditions.push(lte(tickerItems.expiresAt, input.now));
  if (input.status === 'scheduled') conditions.push(gt(tickerItems.publishedAt, input.now));
  if (input.status === 'active') {
    conditions.push(lte(tickerItems.publishedAt, input.now), or(isNull(tickerItems.expiresAt), gt(tickerItems.expiresAt, input.now))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(tickerItems).where(where);
  const { page, pages, offset } = pageOf(total, input.page, TICKER_PAGE_SIZE);
  const rows = await db
    .select(tickerColumns)
    .from(tickerItems)
    .where(where)
    .orderBy(desc(tickerItems.publishedAt), desc(tickerItems.id))
    .limit(TICKER_PAGE_SIZE)
    .offset(offset);
  return { items: rows.map((row) => ({ ...row, status: tickerStatus(row, input.now) })), page, pages, total };
}

export async function getTickerItem(db: Database, id: number): Promise<TickerItemDto | null> {
  const [row] = await db.select(tickerColumns).from(tickerItems).where(eq(tickerItems.id, id));
  return row ?? null;
}

function normalise(input: TickerInput, now: Date) {
  const data = parseInput(tickerSchema, input);
  const publishedAt = data.publishedAt ?? now;
  if (data.expiresAt && data.expiresAt <= publishedAt) throw new ExpectedError('bad_request', 'ticker.expiryBeforePublish', { field: 'expiresAt' });
  return { ...data, publishedAt };
}

export async function createTickerItem(db: Database, actor: Actor, input: TickerInput, now = new Date()): Promise<{ id: number }> {
  assertCan(actor, 'ticker.manage');
  const data = normalise(input, now);
  return db.transaction(async (tx) => {
    const id = await insertRow(tx, tickerItems, { ...data, createdBy: actor.id });
    await audit(tx, { userId: actor.id, action: 'ticker.create', entityType: 'ticker_item', entityId: id, details: { locale: data.locale, text: data.text } });
    return { id };
  });
}

export async function updateTickerItem(db: Database, actor: Actor, id: number, input: TickerInput, now = new Date()): Promise<void> {
  assertCan(actor, 'ticker.manage');
  const data = normalise(input, now);
  await db.transaction(async (tx) => {
    const before = await lockRow(tx, tickerItems, id, 'ticker item');
    await updateRow(tx, tickerItems, id, data, now);
    await audit(tx, { userId: actor.id, action: 'ticker.update', entityType: 'ticker_item', entityId: id, details: { before: { text: before.text, href: before.href }, after: { text: data.text, href: data.href } } });
  });
}

export async function deleteTickerItem(db: Database, actor: Actor, id: number): Promise<void> {
  assertCan(actor, 'ticker.manage');
  await db.transaction(async (tx) => {
    const before = await deleteRow(tx, tickerItems, id, 'ticker item');
    await audit(tx, { userId: actor.id, action: 'ticker.delete', entityType: 'ticker_item', entityId: id, details: { locale: before.locale, text: before.text } });
  });
}
