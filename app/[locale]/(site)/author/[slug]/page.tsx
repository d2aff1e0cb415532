import type { Metadata } from 'next';
import { getStaticSlugs } from '@/lib/data/reader';
import { decodeSlug, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale } from '@/lib/i18n/routing';
import { renderAuthorPage, authorMetadata } from './author-page';

type Props = PageProps<'/[locale]/author/[slug]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = toLocale(params.locale);
  const slugs = await getStaticSlugs('author', locale, 20);
  return (slugs.length ? slugs : ['redaction']).map((slug) => ({ slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  return authorMetadata(resolveLocaleParam(locale), decodeSlug(slug), 1);
}

export default async function Page({ params }: Props) {
  const { locale, slug } = await params;
  return renderAuthorPage({ locale: resolveLocaleParam(locale), slug: decodeSlug(slug), page: 1 });
}
