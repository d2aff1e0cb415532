import 'server-only';
import type { Metadata } from 'next';
import { alternatesMetadata, type Alternates } from '@/lib/i18n/alternates';
import { otherLocale, type AppLocale } from '@/lib/i18n/routing';
import { feedPath, OG_IMAGE, siteIdentity, siteOgImagePath, type FeedScope } from './site';

/*
 * The search and social part of every reader page's metadata: canonical and hreflang, feed
 * autodiscovery, Open Graph and the Twitter card. Next replaces a parent's `openGraph` wholesale,
 * so the site name and locale are repeated here rather than inherited from the layout.
 */

const OG_LOCALES: Record<AppLocale, string> = { fr: 'fr_MA', ar: 'ar_MA' };

export interface SeoInput {
  locale: AppLocale;
  /** The page's own title, without the site name. */
  title: string;
  description?: string;
  alternates: Alternates;
  /** False when the page has no version in the other language. */
  translated?: boolean;
  /** Feeds announced in the head (RSS and Atom of this scope). */
  feeds?: FeedScope;
  /** Defaults to the site's generic card. */
  image?: { url: string; width: number; height: number; alt: string; type?: string };
  article?: { publishedTime: string; modifiedTime: string; section: string; tags: string[]; authors: string[] };
}

export async function seoMetadata(input: SeoInput): Promise<Pick<Metadata, 'alternates' | 'openGraph' | 'twitter'>> {
  const { locale } = input;
  const site = await siteIdentity(locale);
  const translated = input.translated !== false;
  const image = input.image ?? { url: siteOgImagePath(locale), ...OG_IMAGE, alt: `${site.name} · ${site.tagline}` };
  const feeds = input.feeds;
  const common = {
    siteName: site.name,
    locale: OG_LOCALES[locale],
    alternateLocale: translated ? [OG_LOCALES[otherLocale(locale)]] : undefined,
    url: input.alternates[locale],
    title: input.title,
    description: input.description,
    images: [image],
  };
  return {
    alternates: {
      ...alternatesMetadata(locale, input.alternates, { translated }),
      types: feeds
        ? {
            'application/rss+xml': [{ url: feedPath(locale, 'rss', feeds), title: `${input.title} (RSS)` }],
            'application/atom+xml': [{ url: feedPath(locale, 'atom', feeds), title: `${input.title} (Atom)` }],
          }
        : undefined,
    },
    openGraph: input.article ? { ...common, type: 'article', ...input.article } : { ...common, type: 'website' },
    twitter: { card: 'summary_large_image', title: input.title, description: input.description, images: [{ url: image.url, alt: image.alt }] },
  };
}
