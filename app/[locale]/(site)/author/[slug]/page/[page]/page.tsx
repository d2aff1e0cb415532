import type { Metadata } from 'next';
import { permanentRedirect } from 'next/navigation';
import { getPathname } from '@/lib/i18n/navigation';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { renderAuthorPage, authorMetadata } from '../../author-page';

type Props = PageProps<'/[locale]/author/[slug]/page/[page]'>;

export function generateStaticParams() {
  return [{ page: '2' }];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, page } = await params;
  return authorMetadata(resolveLocaleParam(locale), decodeSlug(slug), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, slug, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  if (page === 1) permanentRedirect(getPathname({ locale, href: { pathname: '/author/[slug]', params: { slug: decodeSlug(slug) } } }));
  return renderAuthorPage({ locale, slug: decodeSlug(slug), page });
}
