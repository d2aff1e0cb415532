import type { Metadata } from 'next';
import { getStaticSlugs } from '@/lib/data/reader';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale } from '@/lib/i18n/routing';
import { renderSectionPage, sectionMetadata } from '../../section-page';

type Props = PageProps<'/[locale]/section/[section]/page/[page]'>;

// Page 1 exists for every section that has a published article, so it is always a valid sample. The parent's params must be
// listed here too (they come from a page, not a layout); with a sample that 404s or a missing
// parent param, Next would stream unknown pages from a shell with a 200 status.
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = toLocale(params.locale);
  const slugs = await getStaticSlugs('section', locale);
  return (slugs.length ? slugs : ['maroc']).map((section) => ({ section, page: '1' }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section, page } = await params;
  return sectionMetadata(resolveLocaleParam(locale), decodeSlug(section), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, section, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  return renderSectionPage({ locale, slug: decodeSlug(section), page });
}
