import 'server-only';
import { and, asc, eq, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { pages, type PageKind } from '@/db/schema';
import type { AppLocale } from '@/lib/i18n/routing';

/*
 * Reader reads of the publisher's pages (about, contact, legal notice...). Plain (db, …) functions
 * for the integration tests; lib/data/pages.ts caches them for pages.
 */

/** A page in the footer (and the sitemap): its address and name. */
export interface PageLinkDto {
  kind: PageKind;
  slug: string;
  title: string;
  updatedAt: string;
}

export interface PublisherPageDto extends PageLinkDto {
  id: number;
  locale: AppLocale;
  description: string;
  /** Stored editor JSON; the page renders it through lib/rich-text.ts, which sanitises it. */
  body: unknown;
  /** The same kind of page in the other language, if there is one. */
  twin: { slug: string } | null;
}

export async function listPageLinks(db: Database, locale: AppLocale): Promise<PageLinkDto[]> {
  const rows = await db
    .select({ kind: pages.kind, slug: pages.slug, title: pages.title, updatedAt: pages.updatedAt })
    .from(pages)
    .where(eq(pages.locale, locale))
    .orderBy(asc(pages.position), asc(pages.kind));
  return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}

const twins = alias(pages, 'twin');

export async function getPageBySlug(db: Database, locale: AppLocale, slug: string): Promise<PublisherPageDto | null> {
  const [row] = await db
    .select({
      id: pages.id,
      kind: pages.kind,
      locale: pages.locale,
      slug: pages.slug,
      title: pages.title,
      description: pages.description,
      body: pages.body,
      updatedAt: pages.updatedAt,
      twinSlug: twins.slug,
    })
    .from(pages)
    .leftJoin(twins, and(eq(twins.kind, pages.kind), ne(twins.locale, pages.locale)))
    .where(and(eq(pages.locale, locale), eq(pages.slug, slug)));
  if (!row) return null;
  const { twinSlug, updatedAt, ...page } = row;
  return { ...page, updatedAt: updatedAt.toISOString(), twin: twinSlug === null ? null : { slug: twinSlug } };
}
