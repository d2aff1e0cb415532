import 'server-only';
import { collectionActions } from './action';
import { authorSchema, createAuthor, deleteAuthor, updateAuthor } from './authors';
import { createHouseAd, deleteHouseAd, houseAdFormSchema, updateHouseAd } from './house-ads';
import { createPage, deletePage, pageSchema, updatePage } from './pages';
import { createSection, deleteSection, sectionSchema, updateSection } from './sections';
import { createTag, deleteTag, tagSchema, updateTagRow } from './tags';
import { createTickerItem, deleteTickerItem, tickerFormSchema, updateTickerItem } from './ticker';

/**
 * The admin collections edited with plain create, edit and delete forms. Each one's actions.ts
 * (a 'use server' file) exports these under its own names; the forms import them from there.
 */
export const collections = {
  houseAds: collectionActions({
    permission: 'ads.manage',
    schema: houseAdFormSchema,
    path: 'ads',
    create: createHouseAd,
    update: updateHouseAd,
    remove: deleteHouseAd,
    afterCreate: 'item',
  }),
  authors: collectionActions({
    permission: 'taxonomy.manage',
    schema: authorSchema,
    path: 'authors',
    create: createAuthor,
    update: updateAuthor,
    remove: deleteAuthor,
    afterCreate: 'item',
  }),
  pages: collectionActions({
    permission: 'pages.manage',
    schema: pageSchema,
    path: 'pages',
    create: createPage,
    update: updatePage,
    remove: deletePage,
    afterCreate: 'item',
  }),
  sections: collectionActions({
    permission: 'taxonomy.manage',
    schema: sectionSchema,
    path: 'sections',
    create: createSection,
    update: updateSection,
    remove: deleteSection,
    afterCreate: 'item',
  }),
  tags: collectionActions({
    permission: 'taxonomy.manage',
    schema: tagSchema,
    path: 'tags',
    create: createTag,
    update: updateTagRow,
    remove: deleteTag,
    afterCreate: 'item',
  }),
  ticker: collectionActions({
    permission: 'ticker.manage',
    schema: tickerFormSchema,
    path: 'ticker',
    create: createTickerItem,
    update: updateTickerItem,
    remove: deleteTickerItem,
    afterCreate: 'list',
  }),
};
