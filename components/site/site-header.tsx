import { getTranslations } from 'next-intl/server';
import type { Alternates } from '@/lib/i18n/alternates';
import { otherLocale, type AppLocale } from '@/lib/i18n/routing';
import { PrayerStripSlot } from '@/components/prayer/prayer-strip';
import { AdSlot } from './ad-slot';
import { HeaderSearch } from './header-search';
import { BrandLink, SectionNav, SkipLink } from './masthead-parts';
import { Ticker } from './ticker';
import { TodayLine } from './today-line';

export async function SiteHeader({
  locale,
  alternates,
  currentSection,
}: {
  locale: AppLocale;
  alternates: Alternates;
  currentSection?: string;
}) {
  const [tSwitch, tMeta] = await Promise.all([
    getTranslations({ locale, namespace: 'LanguageSwitch' }),
    getTranslations({ locale, namespace: 'Metadata' }),
  ]);
  const other = otherLocale(locale);
  return (
    <>
      <SkipLink locale={locale} />
      <header className="masthead">
        <div className="topbar">
          <div className="container topbar__inner">
            <TodayLine locale={locale} />
            <HeaderSearch locale={locale} />
            {/* A full page load on purpose: the root layout's lang and dir change, and a client-side
                transition between the two locale trees leaves the old page mounted beside the new. */}
            <a href={alternates[other]} hrefLang={other} lang={other} className="lang-switch" data-testid="language-switch" title={tSwitch('label')}>
              {tSwitch('short')}
            </a>
          </div>
        </div>
        <div className="container brand-row">
          <BrandLink locale={locale} />
          <p className="brand__tagline">{tMeta('tagline')}</p>
        </div>
        {/* Streams in after the cached shell; its reserved height keeps the layout still. */}
        <PrayerStripSlot locale={locale} />
        <SectionNav locale={locale} currentSection={currentSection} />
        <Ticker locale={locale} />
      </header>
      <div className="container">
        <AdSlot kind="leaderboard" locale={locale} />
      </div>
    </>
  );
}

/**
 * The 404's masthead: the way home and the section menu, nothing that changes by the minute.
 * Next embeds the not-found tree in every page's RSC payload, on both render passes of a cold
 * render: the full masthead there (date line, ticker, prayer strip, ads) cost about a fifth of an
 * article's render and 8.7 KB of its HTML.
 */
export function SlimHeader({ locale }: { locale: AppLocale }) {
  return (
    <>
      <SkipLink locale={locale} />
      <header className="masthead masthead--slim">
        <div className="container brand-row">
          <BrandLink locale={locale} />
        </div>
        <SectionNav locale={locale} />
      </header>
    </>
  );
}
