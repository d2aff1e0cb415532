import type { MetadataRoute } from 'next';
import { absoluteUrl } from '@/lib/seo/site';

// Built with the app, so SITE_URL must be set at build time (as for canonical links).
export default function robots(): MetadataRoute.Robots {
  return {
    // The API answers machines that were given its URLs (forms, the prayer-times JSON) and the
    // admin is private; everything a reader can reach, cards and media included, is crawlable.
    rules: [{ userAgent: '*', allow: '/', disallow: ['/admin', '/api/'] }],
    sitemap: absoluteUrl('/sitemap.xml'),
  };
}
