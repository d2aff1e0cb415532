import { feedResponse } from '@/lib/seo/feed-response';

export async function GET(_request: Request, { params }: RouteContext<'/[locale]/author/[slug]/atom'>) {
  const { locale, slug } = await params;
  return feedResponse({ locale, format: 'atom', author: slug });
}
