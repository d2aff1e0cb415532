import 'server-only';
import { tagsForHouseAdChange } from '@/lib/data/cache-tags';
import { domain } from './domain';
import * as q from './house-ads-queries';

export { houseAdFormSchema, type HouseAdDto, type HouseAdInput, type HouseAdListItem } from './house-ads-queries';

const houseAds = domain('houseAds');

export const listHouseAds = houseAds.read('list', q.listHouseAds);
export const getHouseAdById = houseAds.read('get', q.getHouseAdById);
export const createHouseAd = houseAds.write('create', q.createHouseAd, tagsForHouseAdChange);
export const updateHouseAd = houseAds.write('update', q.updateHouseAd, tagsForHouseAdChange);
export const deleteHouseAd = houseAds.write('delete', q.deleteHouseAd, tagsForHouseAdChange);
