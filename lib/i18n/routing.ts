import { defineRouting } from 'next-intl/routing';
import { LOCALE_COOKIE } from './locale-cookie';

export const locales = ['fr', 'ar'] as const;
export type AppLocale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: 'fr',
  localePrefix: 'always',
  // Pages emit their own hreflang links (pointing at the translated twin), so no generic Link headers.
  alternateLinks: false,
  // Read here for the "/" redirect; the proxy strips next-intl's writes from page responses so
  // they stay cacheable, and components/site/locale-memory.tsx records the choice instead.
  localeCookie: LOCALE_COOKIE,
  pathnames: {
    '/': '/',
    '/article/[slug]': '/article/[slug]',
    '/section/[section]': { fr: '/rubrique/[section]', ar: '/qism/[section]' },
    '/section/[section]/page/[page]': { fr: '/rubrique/[section]/page/[page]', ar: '/qism/[section]/page/[page]' },
    '/latest': { fr: '/dernieres-nouvelles', ar: '/akhir-al-akhbar' },
    '/latest/page/[page]': { fr: '/dernieres-nouvelles/page/[page]', ar: '/akhir-al-akhbar/page/[page]' },
    '/author/[slug]': { fr: '/auteur/[slug]', ar: '/katib/[slug]' },
    '/author/[slug]/page/[page]': { fr: '/auteur/[slug]/page/[page]', ar: '/katib/[slug]/page/[page]' },
    '/tag/[tag]': { fr: '/sujet/[tag]', ar: '/mawdu/[tag]' },
    '/tag/[tag]/page/[page]': { fr: '/sujet/[tag]/page/[page]', ar: '/mawdu/[tag]/page/[page]' },
    '/prayer-times/[city]': { fr: '/horaires-priere/[city]', ar: '/mawaqit-assalat/[city]' },
    '/cookies': { fr: '/cookies', ar: '/cookies' },
    // The publisher's pages (about, contact, legal notice...), edited in the newsroom.
    '/info/[slug]': { fr: '/infos/[slug]', ar: '/maalumat/[slug]' },
    '/preview/[id]': '/preview/[id]',
    '/search': { fr: '/recherche', ar: '/bahth' },
    // Feeds: no file extension, so the proxy localizes them like pages.
    '/rss': '/rss',
    '/atom': '/atom',
    '/section/[section]/rss': { fr: '/rubrique/[section]/rss', ar: '/qism/[section]/rss' },
    '/section/[section]/atom': { fr: '/rubrique/[section]/atom', ar: '/qism/[section]/atom' },
    '/author/[slug]/rss': { fr: '/auteur/[slug]/rss', ar: '/katib/[slug]/rss' },
    '/author/[slug]/atom': { fr: '/auteur/[slug]/atom', ar: '/katib/[slug]/atom' },
  },
});

export function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A locale from untrusted input (a form field, a path segment): anything else is the default, French. */
export function toLocale(value: unknown): AppLocale {
  return isAppLocale(value) ? value : routing.defaultLocale;
}

export function otherLocale(locale: AppLocale): AppLocale {
  return locale === 'fr' ? 'ar' : 'fr';
}

export function localeDirection(locale: AppLocale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
