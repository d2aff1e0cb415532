import 'server-only';
import { withDb } from '@/db';
import { EDITOR_EDIT, expire, tagsForTickerChange } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './ticker-queries';

export { tickerFormSchema, tickerStatus, TICKER_TEXT_MAX, type TickerInput, type TickerItemDto, type TickerStatus } from './ticker-queries';

export function listTickerItems(input: Parameters<typeof q.listTickerItems>[1]) {
  return withDb('admin.ticker.list', (db) => q.listTickerItems(db, input));
}

export function getTickerItem(id: number) {
  return withDb('admin.ticker.get', (db) => q.getTickerItem(db, id));
}

export async function createTickerItem(actor: Actor, input: q.TickerInput): Promise<{ id: number }> {
  const created = await withDb('admin.ticker.create', (db) => q.createTickerItem(db, actor, input));
  expire(tagsForTickerChange(), EDITOR_EDIT);
  return created;
}

export async function updateTickerItem(actor: Actor, id: number, input: q.TickerInput): Promise<void> {
  await withDb('admin.ticker.update', (db) => q.updateTickerItem(db, actor, id, input));
  expire(tagsForTickerChange(), EDITOR_EDIT);
}

export async function deleteTickerItem(actor: Actor, id: number): Promise<void> {
  await withDb('admin.ticker.delete', (db) => q.deleteTickerItem(db, actor, id));
  expire(tagsForTickerChange(), EDITOR_EDIT);
}
