import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getStaticSlugs } from '@/lib/data/reader';
import type { ArticleCardDto, Page } from '@/lib/data/types';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale, type AppLocale } from '@/lib/i18n/routing';
import { seoMetadata, type SeoInput } from '@/lib/seo/metadata';

/** Which listing page a request asks for; `slug` is empty for latest news, which has none. */
export interface ListingAt {
  locale: AppLocale;
  slug: string;
  page: number;
}

/** What a listing's metadata says besides its page number: its name becomes the title. */
type ListingSeo = { name: string } & Omit<SeoInput, 'title' | 'locale'>;

interface ListingKind<T> {
  /**
   * For listings of one section, author or tag: the route's slug segment, the slugs rendered at
   * build time, and a sample for a database without any.
   */
  slugs?: { param: string; kind: 'section' | 'author' | 'tag'; limit?: number; sample: string };
  /** The listed section, author or tag (none: a 404). Latest news lists everything and has none. */
  load?: (locale: AppLocale, slug: string) => Promise<T | null>;
  /** One page of the listing; `id` is the listed subject's (0 for latest news, which ignores it). */
  articles: (locale: AppLocale, id: number, page: number) => Promise<Page<ArticleCardDto>>;
  metadata: (subject: T, at: ListingAt) => Promise<ListingSeo>;
  render: (subject: T, result: Page<ArticleCardDto>, at: ListingAt) => ReactNode;
}

type ListingProps = { params: Promise<{ locale: string; [segment: string]: string | undefined }> };

/**
 * The route exports of a listing's first page (`/section/x`) and of its later pages
 * (`/section/x/page/2`). The page files export these by name: Next reads `generateStaticParams`
 * and the segment config from the page file itself.
 */
export function listingRoutes<T extends { id: number } | undefined = undefined>(kind: ListingKind<T>) {
  const { slugs } = kind;

  async function staticSlugs(locale: string): Promise<Record<string, string>[]> {
    if (!slugs) return [{}];
    const found = await getStaticSlugs(slugs.kind, toLocale(locale), slugs.limit);
    return (found.length ? found : [slugs.sample]).map((slug) => ({ [slugs.param]: slug }));
  }

  function routes(paged: boolean) {
    async function at({ params }: ListingProps): Promise<ListingAt> {
      const raw = await params;
      const locale = resolveLocaleParam(raw.locale);
      const page = paged ? parsePageParam(raw.page ?? '') : 1;
      return { locale, slug: slugs ? decodeSlug(raw[slugs.param] ?? '') : '', page };
    }
    async function subject(at: ListingAt): Promise<T> {
      if (!kind.load) return undefined as T;
      const found = await kind.load(at.locale, at.slug);
      if (!found) notFound();
      return found;
    }
    return {
      // Page 1 exists for every listed slug, so it is always a valid sample. The parent's params
      // must be listed too (they come from a page, not a layout); with a sample that 404s or a
      // missing parent param, Next would stream unknown pages from a shell with a 200 status.
      generateStaticParams: async ({ params }: { params: { locale: string } }) =>
        (await staticSlugs(params.locale)).map((sample) => (paged ? { ...sample, page: '1' } : sample)),
      generateMetadata: async (props: ListingProps): Promise<Metadata> => {
        const where = await at(props);
        const found = await subject(where);
        return listingMetadata({ locale: where.locale, page: where.page, ...(await kind.metadata(found, where)) });
      },
      // Everything that can 404 is awaited here, in the page function itself: once rendering of
      // the body has begun, a 200 status may already be committed.
      Page: async (props: ListingProps) => {
        const where = await at(props);
        const found = await subject(where);
        const result = await kind.articles(where.locale, found?.id ?? 0, where.page);
        if (result.items.length === 0 && where.page > 1) notFound();
        return kind.render(found, result, where);
      },
    };
  }

  return { first: routes(false), paged: routes(true) };
}

/**
 * A listing's metadata: its name (with the page number from page 2 on) as the title, its
 * description when it has one, and the SEO links.
 */
async function listingMetadata({ page, name, ...seo }: { page: number; name: string } & Omit<SeoInput, 'title'>): Promise<Metadata> {
  const t = await getTranslations({ locale: seo.locale, namespace: 'Pagination' });
  const title = page > 1 ? t('pageTitle', { title: name, page }) : name;
  return {
    title,
    ...('description' in seo ? { description: seo.description } : {}),
    ...(await seoMetadata({ ...seo, title })),
  };
}
