import type { Metadata } from 'next';
import { getSections } from '@/lib/data/reader';
import { decodeSlug, resolveLocaleParam } from '@/lib/i18n/params';
import { routing } from '@/lib/i18n/routing';
import { renderSectionPage, sectionMetadata } from './section-page';

type Props = PageProps<'/[locale]/section/[section]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = routing.locales.find((l) => l === params.locale) ?? routing.defaultLocale;
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
