import { feedResponse } from '@/lib/seo/feed-response';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/section/[section]/rss'>) {
  const { locale, section } = await params;
  return feedResponse({ locale, format: 'rss', section });
}
