import type { Metadata } from 'next';
import { getSections } from '@/lib/data/reader';
import { decodeSlug, resolveLocaleParam, staticParamsLocale } from '@/lib/i18n/params';
import { renderSectionPage, sectionMetadata } from './section-page';

type Props = PageProps<'/[locale]/section/[section]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = staticParamsLocale(params);
  try {
    const sections = await getSections(locale);
    if (sections.length) return sections.map((section) => ({ section: section.slug }));
  } catch (error) {
    console.warn(`[build] no section params: ${(error as Error).message}`);
  }
  return [{ section: 'maroc' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section } = await params;
  return sectionMetadata(resolveLocaleParam(locale), decodeSlug(section), 1);
}

export default async function Page({ params }: Props) {
  const { locale, section } = await params;
  return renderSectionPage({ locale: resolveLocaleParam(locale), slug: decodeSlug(section), page: 1 });
}
