import type { Metadata } from 'next';
import { parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { renderLatestPage, latestMetadata } from '../../latest-page';

type Props = PageProps<'/[locale]/latest/page/[page]'>;

// Page 1 exists for every section, author, tag and for latest news, so it is always a valid
// sample; with a sample that 404s, Next would stream unknown pages with a 200 status.
export function generateStaticParams() {
  return [{ page: '1' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, page } = await params;
  return latestMetadata(resolveLocaleParam(locale), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  return renderLatestPage({ locale, page });
}
