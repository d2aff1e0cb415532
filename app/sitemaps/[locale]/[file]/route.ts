import { sitemapResponse } from '@/lib/seo/sitemap-response';

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[locale]/[file]'>) {
  return sitemapResponse(await params);
}
