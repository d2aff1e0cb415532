import { getTranslations } from 'next-intl/server';
import { getSections, getSiteName } from '@/lib/data/reader';
import type { Alternates } from '@/lib/i18n/alternates';
import { Link as LocaleLink } from '@/lib/i18n/link';
import { otherLocale, type AppLocale } from '@/lib/i18n/routing';
import { PrayerStripSlot } from '@/components/prayer/prayer-strip';
import { AdSlot } from './ad-slot';
import { HeaderSearch } from './header-search';
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
  const [t, tSwitch, tMeta, sections, siteName] = await Promise.all([
    getTranslations({ locale, namespace: 'Masthead' }),
    getTranslations({ locale, namespace: 'LanguageSwitch' }),
    getTranslations({ locale, namespace: 'Metadata' }),
    getSections(locale),
    getSiteName(locale),
  ]);
  const other = otherLocale(locale);
  return (
    <>
      <a href="#main" className="skip-link">
        {t('skip')}
      </a>
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
          <LocaleLink href="/" className="brand" aria-label={t('home')}>
            <span className="brand__mark" aria-hidden="true">
              {siteName}
            </span>
          </LocaleLink>
          <p className="brand__tagline">{tMeta('tagline')}</p>
        </div>
        {/* Streams in after the cached shell; its reserved height keeps the layout still. */}
        <PrayerStripSlot locale={locale} />
        <nav className="section-nav" aria-label={t('menu')}>
          <ul className="container section-nav__list">
            {sections.map((section) => (
              <li key={section.id}>
                <LocaleLink
                  href={{ pathname: '/section/[section]', params: { section: section.slug } }}
                  aria-current={currentSection === section.slug ? 'page' : undefined}
                >
                  {section.name}
                </LocaleLink>
              </li>
            ))}
          </ul>
        </nav>
        <Ticker locale={locale} />
      </header>
      <div className="container">
        <AdSlot kind="leaderboard" locale={locale} />
      </div>
    </>
  );
}
