import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/site/not-found-view';
import type { AppLocale } from '@/lib/i18n/routing';

/*
 * The 404 of a known route whose slug or page names nothing (a removed article, page 999).
 * Since Next 16.3 the HTML of a notFound() thrown while rendering is an empty error document that
 * React fills in the browser (vercel/next.js#62228; the fix, #98455, is not released): addresses
 * that match no route never get here, the proxy sends them to not-found-page/, rendered on the server.
 */

// Next reads the not-found boundary's own metadata for a 404 (errorConvention in its metadata
// resolver): the tab and the history show "Page introuvable", not the front page's title.
export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title') };
}

export default async function LocaleNotFound() {
  return <NotFoundView locale={(await getLocale()) as AppLocale} />;
}
