import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { consentHeadScript } from '@/lib/consent/consent';
import { getSiteName } from '@/lib/data/reader';
import { siteUrl } from '@/lib/env';
import { isAppLocale, localeDirection, routing } from '@/lib/i18n/routing';
import './globals.css';

/** Each language preloads only its own web font (declared in globals.css). */
const FONT_BY_LOCALE = {
  fr: '/fonts/source-serif-4-latin.382475f3.woff2',
  ar: '/fonts/noto-naskh-arabic.a6684247.woff2',
} as const;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!isAppLocale(locale)) return {};
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getSiteName(locale)]);
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: `${siteName} · ${t('tagline')}`, template: `%s · ${siteName}` },
    description: t('description'),
    applicationName: siteName,
    openGraph: { siteName, locale: locale === 'fr' ? 'fr_MA' : 'ar_MA', type: 'website' },
    icons: { icon: '/icon.svg' },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#15171a' },
  ],
  colorScheme: 'light dark',
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  setRequestLocale(locale);
  // No NextIntlClientProvider: no reader client component uses next-intl (error.tsx carries its own strings).
  return (
    // suppressHydrationWarning: the head script may add data-consent to <html> before React hydrates.
    <html lang={locale} dir={localeDirection(locale)} suppressHydrationWarning>
      <head>
        <link rel="preload" href={FONT_BY_LOCALE[locale]} as="font" type="font/woff2" crossOrigin="" />
        <script dangerouslySetInnerHTML={{ __html: consentHeadScript() }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
