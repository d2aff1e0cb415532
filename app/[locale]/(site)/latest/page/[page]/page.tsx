import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getPathname } from '@/lib/i18n/navigation';
import { parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { renderLatestPage, latestMetadata } from '../../latest-page';

type Props = PageProps<'/[locale]/latest/page/[page]'>;

export function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  return latestMetadata(resolveLocaleParam(locale), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  if (page === 1) permanentRedirect(getPathname({ locale, href: '/latest' }));
  return renderLatestPage({ locale, page });
}
