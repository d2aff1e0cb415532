import type { Metadata } from 'next';
import { getStaticSlugs } from '@/lib/data/reader';
import { decodeSlug, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale } from '@/lib/i18n/routing';
import { renderTagPage, tagMetadata } from './tag-page';

type Props = PageProps<'/[locale]/tag/[tag]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = toLocale(params.locale);
  const slugs = await getStaticSlugs('tag', locale, 10);
  return (slugs.length ? slugs : ['actualite']).map((tag) => ({ tag }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag } = await params;
  return tagMetadata(resolveLocaleParam(locale), decodeSlug(tag), 1);
}

export default async function Page({ params }: Props) {
  const { locale, tag } = await params;
  return renderTagPage({ locale: resolveLocaleParam(locale), slug: decodeSlug(tag), page: 1 });
}
