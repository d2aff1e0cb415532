import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { consentHeadScript } from '@/lib/consent/consent';
import { getSiteName } from '@/lib/data/reader';
import { siteUrl } from '@/lib/env';
import { localeDirection, routing } from '@/lib/i18n/routing';
import './globals.css';

const serif = localFont({
  src: '../fonts/source-serif-4-latin.woff2',
  variable: '--font-serif',
  weight: '200 900',
  display: 'swap',
  adjustFontFallback: 'Times New Roman',
});

const naskh = localFont({
  src: '../fonts/noto-naskh-arabic.woff2',
  variable: '--font-arabic',
  weight: '400 700',
  display: 'swap',
  preload: false,
  fallback: ['Geeza Pro', 'Arabic Typesetting', 'Noto Naskh Arabic', 'Tahoma', 'serif'],
});

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
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
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  // No NextIntlClientProvider: no reader client component uses next-intl (error.tsx carries its own strings).
  return (
    // suppressHydrationWarning: the head script may add data-consent to <html> before React hydrates.
    <html lang={locale} dir={localeDirection(locale)} className={`${serif.variable} ${naskh.variable}`} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: consentHeadScript() }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
