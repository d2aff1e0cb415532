import { sitemapIndexResponse } from '@/lib/seo/sitemap-response';

export function GET() {
  return sitemapIndexResponse();
}
