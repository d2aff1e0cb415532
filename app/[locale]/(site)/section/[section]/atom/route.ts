import { feedResponse } from '@/lib/seo/feed-response';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/section/[section]/atom'>) {
  const { locale, section } = await params;
  return feedResponse({ locale, format: 'atom', section });
}
