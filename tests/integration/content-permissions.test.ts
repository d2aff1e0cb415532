import { describe, expect, inject, it } from 'vitest';
import type { UserRole } from '@/db/schema';
import type { Actor } from '@/lib/admin/actor';
import { createAuthor, deleteAuthor, updateAuthor } from '@/lib/admin/authors-queries';
import { createHouseAd, deleteHouseAd, updateHouseAd } from '@/lib/admin/house-ads-queries';
import { deleteMedia, updateMediaText, uploadMedia } from '@/lib/admin/media-queries';
import { createSection, deleteSection, updateSection } from '@/lib/admin/sections-queries';
import { createTag, deleteTag, updateTagRow } from '@/lib/admin/tags-queries';
import { createTickerItem, deleteTickerItem, updateTickerItem } from '@/lib/admin/ticker-queries';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { contentTestDb, png, uploadText } from './support/content';

const { db, actors } = contentTestDb();
let counter = 0;
const next = () => `${Date.now().toString(36)}-${++counter}`;

// Fixtures are made by an admin; the write under test is then attempted by each role.
const admin = () => actors.admin;
const picture = async () => (await uploadMedia(db, admin(), { ...uploadText, bytes: await png(30, 20), originalName: 'fixture.png' })).id;
const section = () => {
  const label = next();
  return { slugFr: `perm-${label}`, slugAr: `idn-${label}`, nameFr: 'Permis', nameAr: 'إذن', descriptionFr: '', descriptionAr: '', position: 900 };
};
const tag = () => ({ locale: 'fr' as const, slug: `perm-${next()}`, name: 'Permis' });
const author = () => ({ slug: `perm-${next()}`, nameFr: 'Auteur', nameAr: 'كاتب', roleFr: '', roleAr: '', bioFr: '', bioAr: '', avatarId: '' });
const ticker = () => ({ locale: 'ar' as const, text: 'عاجل' });
const ad = async () => ({ name: `perm-${next()}`, kind: 'rectangle' as const, imageId: await picture(), alt: 'Pub', href: '/fr' });

type Write = { name: string; allowed: UserRole[]; attempt: (actor: Actor) => Promise<unknown> };

const writes: Write[] = [
  { name: 'media upload', allowed: ['contributor', 'editor', 'admin'], attempt: async (actor) => uploadMedia(db, actor, { ...uploadText, bytes: await png(12, 12), originalName: 'p.png' }) },
  // Someone else's picture: a contributor may only edit their own (checked in media.test.ts).
  { name: 'media alt/credit (another uploader’s)', allowed: ['editor', 'admin'], attempt: async (actor) => updateMediaText(db, actor, await picture(), uploadText) },
  { name: 'media delete', allowed: ['editor', 'admin'], attempt: async (actor) => deleteMedia(db, actor, await picture()) },
  { name: 'section create', allowed: ['editor', 'admin'], attempt: (actor) => createSection(db, actor, section()) },
  { name: 'section update', allowed: ['editor', 'admin'], attempt: async (actor) => updateSection(db, actor, (await createSection(db, admin(), section())).id, section()) },
  { name: 'section delete', allowed: ['editor', 'admin'], attempt: async (actor) => deleteSection(db, actor, (await createSection(db, admin(), section())).id) },
  { name: 'tag create', allowed: ['editor', 'admin'], attempt: (actor) => createTag(db, actor, tag()) },
  { name: 'tag update', allowed: ['editor', 'admin'], attempt: async (actor) => updateTagRow(db, actor, (await createTag(db, admin(), tag())).id, tag()) },
  { name: 'tag delete', allowed: ['editor', 'admin'], attempt: async (actor) => deleteTag(db, actor, (await createTag(db, admin(), tag())).id) },
  { name: 'author create', allowed: ['editor', 'admin'], attempt: (actor) => createAuthor(db, actor, author()) },
  { name: 'author update', allowed: ['editor', 'admin'], attempt: async (actor) => updateAuthor(db, actor, (await createAuthor(db, admin(), author())).id, author()) },
  { name: 'author delete', allowed: ['editor', 'admin'], attempt: async (actor) => deleteAuthor(db, actor, (await createAuthor(db, admin(), author())).id) },
  { name: 'ticker create', allowed: ['editor', 'admin'], attempt: (actor) => createTickerItem(db, actor, ticker()) },
  { name: 'ticker update', allowed: ['editor', 'admin'], attempt: async (actor) => updateTickerItem(db, actor, (await createTickerItem(db, admin(), ticker())).id, ticker()) },
  { name: 'ticker delete', allowed: ['editor', 'admin'], attempt: async (actor) => deleteTickerItem(db, actor, (await createTickerItem(db, admin(), ticker())).id) },
  { name: 'house ad create', allowed: ['editor', 'admin'], attempt: async (actor) => createHouseAd(db, actor, await ad()) },
  { name: 'house ad update', allowed: ['editor', 'admin'], attempt: async (actor) => updateHouseAd(db, actor, (await createHouseAd(db, admin(), await ad())).id, await ad()) },
  { name: 'house ad delete', allowed: ['editor', 'admin'], attempt: async (actor) => deleteHouseAd(db, actor, (await createHouseAd(db, admin(), await ad())).id) },
];

describe(`content writes by role (${inject('databaseKind')})`, () => {
  const roles: UserRole[] = ['contributor', 'editor', 'admin'];
  it.each(writes.flatMap((write) => roles.map((role) => [write.name, role, write] as const)))('%s as %s', async (_name, role, write) => {
    const outcome = await write.attempt(actors[role]).then(
      () => 'allowed',
      (error: unknown) => (error instanceof AppError && error.code === 'forbidden' ? 'forbidden' : error),
    );
    expect(outcome).toBe(write.allowed.includes(role) ? 'allowed' : 'forbidden');
  });

  it('matches the role table: contributors upload, editors and admins manage', () => {
    expect(can('contributor', 'media.upload')).toBe(true);
    for (const permission of ['media.manage', 'taxonomy.manage', 'ticker.manage', 'ads.manage'] as const) {
      expect([can('contributor', permission), can('editor', permission), can('admin', permission)], permission).toEqual([false, true, true]);
    }
  });
});
