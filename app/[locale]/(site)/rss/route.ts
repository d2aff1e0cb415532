import { feedResponse } from '@/lib/seo/feed-response';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/rss'>) {
  const { locale } = await params;
  return feedResponse({ locale, format: 'rss' });
}
