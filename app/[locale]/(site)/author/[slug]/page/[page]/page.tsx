import type { Metadata } from 'next';
import { getStaticSlugs } from '@/lib/data/reader';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale } from '@/lib/i18n/routing';
import { renderAuthorPage, authorMetadata } from '../../author-page';

type Props = PageProps<'/[locale]/author/[slug]/page/[page]'>;

// Page 1 exists for every slug, so it is always a valid sample. The parent's params must be
// listed here too (they come from a page, not a layout); with a sample that 404s or a missing
// parent param, Next would stream unknown pages from a shell with a 200 status.
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = toLocale(params.locale);
  const slugs = await getStaticSlugs('author', locale, 20);
  return (slugs.length ? slugs : ['redaction']).map((slug) => ({ slug, page: '1' }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params;
  return authorMetadata(resolveLocaleParam(locale), decodeSlug(slug), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, slug, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  return renderAuthorPage({ locale, slug: decodeSlug(slug), page });
}
