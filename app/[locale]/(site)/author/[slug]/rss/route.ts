import { feedResponse } from '@/lib/seo/feed-response';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/author/[slug]/rss'>) {
  const { locale, slug } = await params;
  return feedResponse({ locale, format: 'rss', author: slug });
}
