import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getPathname } from '@/lib/i18n/navigation';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { renderTagPage, tagMetadata } from '../../tag-page';

type Props = PageProps<'/[locale]/tag/[tag]/page/[page]'>;

export function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag, page } = await params;
  return tagMetadata(resolveLocaleParam(locale), decodeSlug(tag), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, tag, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  if (page === 1) permanentRedirect(getPathname({ locale, href: { pathname: '/tag/[tag]', params: { tag: decodeSlug(tag) } } }));
  return renderTagPage({ locale, slug: decodeSlug(tag), page });
}
