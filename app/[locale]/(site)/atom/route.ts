import { feedResponse } from '@/lib/seo/feed-response';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/atom'>) {
  const { locale } = await params;
  return feedResponse({ locale, format: 'atom' });
}
