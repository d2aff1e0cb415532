import 'server-only';
import { tagsForTickerChange } from '@/lib/data/cache-tags';
import { domain } from './domain';
import * as q from './ticker-queries';

export { tickerFormSchema, tickerStatus, TICKER_TEXT_MAX, type TickerInput, type TickerItemDto, type TickerStatus } from './ticker-queries';

const ticker = domain('ticker');

export const listTickerItems = ticker.read('list', q.listTickerItems);
export const getTickerItem = ticker.read('get', q.getTickerItem);
export const createTickerItem = ticker.write('create', q.createTickerItem, tagsForTickerChange);
export const updateTickerItem = ticker.write('update', q.updateTickerItem, tagsForTickerChange);
export const deleteTickerItem = ticker.write('delete', q.deleteTickerItem, tagsForTickerChange);
