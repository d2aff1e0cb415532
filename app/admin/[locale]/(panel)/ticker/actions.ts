'use server';

import { collections } from '@/lib/admin/collections';

export const createTickerAction = collections.ticker.create;
export const updateTickerAction = collections.ticker.update;
export const deleteTickerAction = collections.ticker.remove;
