import { notFound } from 'next/navigation';
import { ConsentLayer } from '@/components/consent/consent-layer';
import { LocaleMemory } from '@/components/site/locale-memory';
import { RelativeTimeRefresher } from '@/components/site/relative-time-refresher';
import { SiteFooter } from '@/components/site/site-footer';
import { isAppLocale } from '@/lib/i18n/routing';

// Pages with params outside generateStaticParams render in full on first request, then are
// cached like prerendered ones (blocking ISR), instead of streaming a shell on every request.
export const instant = false;

// Each page renders its own SiteHeader because the language switch and hreflang depend on the page.
export default async function SiteLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  return (
    <>
      {children}
      <SiteFooter locale={locale} />
      {/* After the page in the document, so the skip link stays the first stop for keyboard users. */}
      <ConsentLayer locale={locale} />
      <RelativeTimeRefresher locale={locale} />
      <LocaleMemory locale={locale} />
    </>
  );
}
