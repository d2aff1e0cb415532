import type { Metadata } from 'next';
import { getPathname } from './navigation';
import { routing, type AppLocale } from './routing';

type Href = Parameters<typeof getPathname>[0]['href'];

/** Paths of one page in each locale; feeds both hreflang and the language switch. */
export type Alternates = Record<AppLocale, string>;

export function alternatesFor(hrefs: Record<AppLocale, Href>): Alternates {
  return {
    fr: getPathname({ locale: 'fr', href: hrefs.fr }),
    ar: getPathname({ locale: 'ar', href: hrefs.ar }),
  };
}

export function sameHrefAlternates(href: Href): Alternates {
  return alternatesFor({ fr: href, ar: href });
}

export function alternatesMetadata(locale: AppLocale, alternates: Alternates): Metadata['alternates'] {
  return {
    canonical: alternates[locale],
    languages: {
      fr: alternates.fr,
      ar: alternates.ar,
      'x-default': alternates[routing.defaultLocale],
    },
  };
}
