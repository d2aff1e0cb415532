import 'server-only';
import { withDb } from '@/db';
import { EDITOR_EDIT, expire, tagsForHouseAdChange } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './house-ads-queries';

export { houseAdFormSchema, type HouseAdDto, type HouseAdInput, type HouseAdListItem } from './house-ads-queries';

export function listHouseAds() {
  return withDb('admin.houseAds.list', (db) => q.listHouseAds(db));
}

export function getHouseAdById(id: number) {
  return withDb('admin.houseAds.get', (db) => q.getHouseAdById(db, id));
}

export async function createHouseAd(actor: Actor, input: q.HouseAdInput): Promise<{ id: number }> {
  const created = await withDb('admin.houseAds.create', (db) => q.createHouseAd(db, actor, input));
  expire(tagsForHouseAdChange(), EDITOR_EDIT);
  return created;
}

export async function updateHouseAd(actor: Actor, id: number, input: q.HouseAdInput): Promise<void> {
  await withDb('admin.houseAds.update', (db) => q.updateHouseAd(db, actor, id, input));
  expire(tagsForHouseAdChange(), EDITOR_EDIT);
}

export async function deleteHouseAd(actor: Actor, id: number): Promise<void> {
  await withDb('admin.houseAds.delete', (db) => q.deleteHouseAd(db, actor, id));
  expire(tagsForHouseAdChange(), EDITOR_EDIT);
}
