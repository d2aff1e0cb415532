import { and, eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { tags } from '@/db/schema';
import { createArticle, deleteArticle, getArticleForEdit } from '@/lib/admin/articles/queries';
import { cacheTags, tagsForArticleWrite, tagsForSlugRedirect } from '@/lib/data/cache-tags';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import * as q from '@/lib/data/reader-queries';
import * as seo from '@/lib/data/seo-queries';
import { newsroomTestDb, edit, move } from './support/articles';

/*
 * What readers may see of stories that are not (or no longer) published: the old addresses of a
 * withdrawn story, and the tags, bylines and sections only drafts carry (security review).
 */

const { db, room } = newsroomTestDb('visibility');

const create = async (title: string) => (await createArticle(db, room.editor, { locale: 'fr', title, sectionId: room.sectionId })).id;
const slugOf = async (id: number) => (await getArticleForEdit(db, id))!.slug;

/** The tags the cached lookup of `slug` would carry right now. */
async function redirectLookupTags(slug: string) {
  return tagsForSlugRedirect('fr', slug, await q.findSlugRedirectTarget(db, 'fr', slug));
}

describe(`old addresses of a withdrawn story (${inject('databaseKind')})`, () => {
  it('unpublishing expires every redirect of the article at once, and the lookup then finds nothing', async () => {
    const id = await create(`Histoire retirée ${room.run}`);
    const first = await slugOf(id);
    await move(db, room.editor, id, 'published');
    await edit(db, room.editor, id, { slug: `histoire-deplacee-${room.run}` });
    const current = `histoire-finale-${room.run}`;
    await edit(db, room.editor, id, { slug: current });
    const oldSlugs = [first, `histoire-deplacee-${room.run}`];

    const cached = await Promise.all(oldSlugs.map(redirectLookupTags));
    for (const slug of oldSlugs) expect(await q.findSlugRedirectTarget(db, 'fr', slug)).toEqual({ id, slug: current });

    // The unpublish names only the current slug; each old lookup must still share a tag with it.
    const withdrawn = await move(db, room.editor, id, 'unpublished');
    const expired = new Set(tagsForArticleWrite(withdrawn.before, withdrawn.after));
    for (const [index, tagsOfLookup] of cached.entries()) {
      expect(
        tagsOfLookup.filter((tag) => tag !== cacheTags.all && expired.has(tag)),
        `the cached lookup of ${oldSlugs[index]} expires on unpublish`,
      ).not.toEqual([]);
    }
    for (const slug of oldSlugs) expect(await q.findSlugRedirectTarget(db, 'fr', slug)).toBeNull();
    // A lookup that finds nothing is a miss, which is never kept.
    expect(await redirectLookupTags(first)).toContain(cacheTags.miss);

    // Published again: the old addresses lead to it again; deleted: they expire and lead nowhere.
    await move(db, room.editor, id, 'published');
    const again = await Promise.all(oldSlugs.map(redirectLookupTags));
    const deleted = await deleteArticle(db, room.editor, { id, expectedVersion: (await getArticleForEdit(db, id))!.version });
    const expiredOnDelete = new Set(tagsForArticleWrite(deleted.before, deleted.after));
    for (const tagsOfLookup of again) expect(tagsOfLookup.filter((tag) => tag !== cacheTags.all && expiredOnDelete.has(tag))).not.toEqual([]);
    for (const slug of oldSlugs) expect(await q.findSlugRedirectTarget(db, 'fr', slug)).toBeNull();
  });
});

describe(`tags, bylines and sections of drafts (${inject('databaseKind')})`, () => {
  it('exist for readers only once a published article in that language carries them', async () => {
    const id = await create(`Brouillon étiqueté ${room.run}`);
    const tagName = `Étiquette secrète ${room.run}`;
    await edit(db, room.editor, id, { tagNames: [tagName], authorIds: [room.authorIds[0]] });
    const [tag] = await db.select({ id: tags.id, slug: tags.slug }).from(tags).where(and(eq(tags.locale, 'fr'), eq(tags.name, tagName)));
    const author = `auteur-${room.run}-1`;
    const section = `rubrique-${room.run}`;

    const visible = async () => ({
      tag: (await q.getTagBySlug(db, 'fr', tag!.slug))?.id ?? null,
      author: (await q.getAuthorBySlug(db, 'fr', author))?.id ?? null,
      section: (await q.getSectionBySlug(db, 'fr', section))?.id ?? null,
      sitemapSection: (await seo.listSitemapSections(db, 'fr')).some((s) => s.slug === section),
      sitemapAuthor: (await seo.listSitemapAuthors(db, 'fr')).some((a) => a.slug === author),
      staticTag: (await q.listTagSlugs(db, 'fr', 10_000)).includes(tag!.slug),
      staticAuthor: (await q.listAuthorSlugs(db, 'fr', 10_000)).includes(author),
      staticSection: (await q.listSectionSlugs(db, 'fr')).includes(section),
      menu: (await getSiteChrome(db, 'fr', new Date())).sections.some((s) => s.slug === section),
    });
    const hidden = { tag: null, author: null, section: null, sitemapSection: false, sitemapAuthor: false, staticTag: false, staticAuthor: false, staticSection: false, menu: false };

    expect(await visible()).toEqual(hidden);
    await move(db, room.editor, id, 'in_review');
    expect(await visible()).toEqual(hidden);

    // The first publish shows them, and expires the tags their pages are cached under.
    const published = await move(db, room.editor, id, 'published');
    expect(await visible()).toEqual({
      tag: tag!.id,
      author: room.authorIds[0],
      section: room.sectionId,
      sitemapSection: true,
      sitemapAuthor: true,
      staticTag: true,
      staticAuthor: true,
      staticSection: true,
      menu: true,
    });
    expect(tagsForArticleWrite(published.before, published.after)).toEqual(
      expect.arrayContaining([cacheTags.tag(tag!.id), cacheTags.author(room.authorIds[0]), cacheTags.section(room.sectionId), cacheTags.feeds('fr'), cacheTags.sections]),
    );
    // Per language: nothing of it in Arabic.
    expect(await q.getAuthorBySlug(db, 'ar', author)).toBeNull();
    expect(await q.getSectionBySlug(db, 'ar', `qism-${room.run}`)).toBeNull();

    // Withdrawn: gone again, and the same tags expire.
    const withdrawn = await move(db, room.editor, id, 'unpublished');
    expect(await visible()).toEqual(hidden);
    expect(tagsForArticleWrite(withdrawn.before, withdrawn.after)).toEqual(
      expect.arrayContaining([cacheTags.tag(tag!.id), cacheTags.author(room.authorIds[0]), cacheTags.section(room.sectionId), cacheTags.sections]),
    );
  });
});
