import type { Metadata } from 'next';
import { getStaticSlugs } from '@/lib/data/reader';
import { decodeSlug, parsePageParam, resolveLocaleParam } from '@/lib/i18n/params';
import { toLocale } from '@/lib/i18n/routing';
import { renderTagPage, tagMetadata } from '../../tag-page';

type Props = PageProps<'/[locale]/tag/[tag]/page/[page]'>;

// Page 1 exists for every tag, so it is always a valid sample. The parent's params must be
// listed here too (they come from a page, not a layout); with a sample that 404s or a missing
// parent param, Next would stream unknown pages from a shell with a 200 status.
export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = toLocale(params.locale);
  const slugs = await getStaticSlugs('tag', locale, 10);
  return (slugs.length ? slugs : ['actualite']).map((tag) => ({ tag, page: '1' }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, tag, page } = await params;
  return tagMetadata(resolveLocaleParam(locale), decodeSlug(tag), parsePageParam(page));
}

export default async function Page({ params }: Props) {
  const { locale: rawLocale, tag, page: rawPage } = await params;
  const locale = resolveLocaleParam(rawLocale);
  const page = parsePageParam(rawPage);
  return renderTagPage({ locale, slug: decodeSlug(tag), page });
}
