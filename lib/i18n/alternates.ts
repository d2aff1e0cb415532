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

/**
 * Canonical and hreflang links. `translated: false` is for a page with no version in the other
 * language (an article without a twin, a tag): the language switch may still lead to the other
 * front page, but hreflang must not call that a translation, so the page names only itself.
 */
export function alternatesMetadata(
  locale: AppLocale,
  alternates: Alternates,
  options: { translated?: boolean } = {},
): NonNullable<Metadata['alternates']> {
  if (options.translated === false) {
    return { canonical: alternates[locale], languages: { [locale]: alternates[locale], 'x-default': alternates[locale] } };
  }
  return {
    canonical: alternates[locale],
    languages: {
      fr: alternates.fr,
      ar: alternates.ar,
      'x-default': alternates[routing.defaultLocale],
    },
  };
}
