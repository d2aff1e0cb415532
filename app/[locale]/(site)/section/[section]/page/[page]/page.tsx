import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getPathname } from '@/lib/i18n/navigation';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { renderSectionPage, sectionMetadata } from '../../section-page';

type Props = PageProps<'/[locale]/section/[section]/page/[page]'>;

export function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, section, page } = await params;
  return sectionMetadata(resolveLocaleParam(locale), decodeSlug(section), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, section, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  if (page === 1) permanentRedirect(getPathname({ locale, href: { pathname: '/section/[section]', params: { section: decodeSlug(section) } } }));
  return renderSectionPage({ locale, slug: decodeSlug(section), page });
}
