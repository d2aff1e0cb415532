import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { NotFoundView } from '@/components/site/not-found-view';
import { resolveLocaleParam } from '@/lib/i18n/params';

/*
 * What the proxy answers, with status 404, for an address under a language that matches no
 * route (proxy.ts): a static page rendered on the server once, which every mistyped address
 * shares, rather than the browser-rendered document of a notFound() (not-found.tsx). Served from
 * the cache, it keeps the proxy's 404 through a patch to Next (patches/, app-page-runtime.js).
 */

export async function generateMetadata({ params }: PageProps<'/[locale]/not-found-page'>): Promise<Metadata> {
  const locale = resolveLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title'), robots: { index: false, follow: true } };
}

export default async function NotFoundPage({ params }: PageProps<'/[locale]/not-found-page'>) {
  return <NotFoundView locale={resolveLocaleParam((await params).locale)} />;
}
