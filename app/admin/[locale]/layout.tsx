import type { Metadata } from 'next';
import localFont from 'next/font/local';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { Suspense } from 'react';
import { isAppLocale, localeDirection, routing } from '@/lib/i18n/routing';
import './admin.css';

const naskh = localFont({
  src: '../../../public/fonts/noto-naskh-arabic.a6684247.woff2',
  variable: '--font-arabic',
  weight: '400 700',
  display: 'swap',
  preload: false,
  fallback: ['Noto Naskh Arabic', 'Tahoma', 'serif'],
});

// Every admin page depends on the session cookie: there is no static shell to validate for instant navigation.
export const instant = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/admin/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isAppLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  // The newsroom is never indexed (X-Robots-Tag is also sent for /admin in next.config.ts).
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false, follow: false } };
}

/** The admin's own root layout: no reader chrome, the interface language in the URL. */
export default async function AdminRootLayout({ children, params }: LayoutProps<'/admin/[locale]'>) {
  // The whole document renders per request, so that every script in it carries the request's
  // CSP nonce (proxy.ts): a prerendered shell's scripts have none, and 'strict-dynamic' blocks them.
  // `instant = false` above lets the route have no static shell.
  await connection();
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={localeDirection(locale)} className={naskh.variable}>
      <body className="admin">
        {/* Every admin page reads the session cookie, so everything below renders per request. */}
        <Suspense fallback={<div className="admin-loading" aria-busy="true" />}>{children}</Suspense>
      </body>
    </html>
  );
}
