'use server';

import { collections } from '@/lib/admin/collections';

export const createHouseAdAction = collections.houseAds.create;
export const updateHouseAdAction = collections.houseAds.update;
export const deleteHouseAdAction = collections.houseAds.remove;
