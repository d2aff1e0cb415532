import type { Metadata } from 'next';
import { getStaticSlugs } from '@/lib/data/reader';
import { decodeSlug, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale } from '@/lib/i18n/routing';
import { renderSectionPage, sectionMetadata } from './section-page';

type Props = PageProps<'/[locale]/section/[section]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = toLocale(params.locale);
  // Sections with a published article in this language: the others are 404s.
  const slugs = await getStaticSlugs('section', locale);
  return (slugs.length ? slugs : ['maroc']).map((section) => ({ section }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await params;
  return sectionMetadata(resolveLocaleParam(locale), decodeSlug(section), 1);
}

export default async function Page({ params }: Props) {
  const { locale, section } = await params;
  return renderSectionPage({ locale: resolveLocaleParam(locale), slug: decodeSlug(section), page: 1 });
}
