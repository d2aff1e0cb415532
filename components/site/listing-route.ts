import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { getStaticSlugs } from '@/lib/data/reader';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale, type AppLocale } from '@/lib/i18n/routing';
import { seoMetadata, type SeoInput } from '@/lib/seo/metadata';

/** Which listing page a request asks for; `slug` is empty for latest news, which has none. */
export interface ListingAt {
  locale: AppLocale;
  slug: string;
  page: number;
}

interface ListingKind {
  /**
   * For listings of one section, author or tag: the route's slug segment, the slugs rendered at
   * build time, and a sample for a database without any.
   */
  slugs?: { param: string; kind: 'section' | 'author' | 'tag'; limit?: number; sample: string };
  metadata: (at: ListingAt) => Promise<Metadata>;
  render: (at: ListingAt) => Promise<ReactNode>;
}

// The route's params; the segments are always present, the fallbacks only satisfy the index type.
type ListingProps = { params: Promise<{ locale: string; [segment: string]: string | undefined }> };

/**
 * The route exports of a listing's first page (`/section/x`) and of its later pages
 * (`/section/x/page/2`). The page files export these by name: Next reads `generateStaticParams`
 * and the segment config from the page file itself.
 */
export function listingRoutes(kind: ListingKind) {
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
    return {
      // Page 1 exists for every listed slug, so it is always a valid sample. The parent's params
      // must be listed too (they come from a page, not a layout); with a sample that 404s or a
      // missing parent param, Next would stream unknown pages from a shell with a 200 status.
      generateStaticParams: async ({ params }: { params: { locale: string } }) =>
        (await staticSlugs(params.locale)).map((sample) => (paged ? { ...sample, page: '1' } : sample)),
      generateMetadata: async (props: ListingProps): Promise<Metadata> => kind.metadata(await at(props)),
      Page: async (props: ListingProps) => kind.render(await at(props)),
    };
  }

  return { first: routes(false), paged: routes(true) };
}

/**
 * A listing's metadata: its name (with the page number from page 2 on) as the title, its
 * description when it has one, and the SEO links.
 */
export async function listingMetadata({ page, name, ...seo }: { page: number; name: string } & Omit<SeoInput, 'title'>): Promise<Metadata> {
  const t = await getTranslations({ locale: seo.locale, namespace: 'Pagination' });
  const title = page > 1 ? t('pageTitle', { title: name, page }) : name;
  return {
    title,
    ...('description' in seo ? { description: seo.description } : {}),
    ...(await seoMetadata({ ...seo, title })),
  };
}
