import { getTranslations } from 'next-intl/server';
import { getSections, getSiteName } from '@/lib/data/reader';
import { Link as LocaleLink } from '@/lib/i18n/link';
import type { AppLocale } from '@/lib/i18n/routing';

/** The skip link, first stop for keyboard users on every reader page, the 404 included. */
export async function SkipLink({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Masthead' });
  return (
    <a href="#main" className="skip-link">
      {t('skip')}
    </a>
  );
}

/*
 * The masthead's links (brand and section menu) are on every page and always in view: prefetching
 * them cost a phone 57–88 KB of RSC payloads and the main-thread work to read them on every
 * page load, for pages the reader rarely opens next. A click fetches its one page instead (from
 * the page cache, one round trip). Article links keep Next's in-view prefetch.
 */
export async function BrandLink({ locale }: { locale: AppLocale }) {
  const [t, siteName] = await Promise.all([getTranslations({ locale, namespace: 'Masthead' }), getSiteName(locale)]);
  return (
    <LocaleLink href="/" className="brand" aria-label={t('home')} prefetch={false}>
      <span className="brand__mark" aria-hidden="true">
        {siteName}
      </span>
    </LocaleLink>
  );
}

export async function SectionNav({ locale, currentSection }: { locale: AppLocale; currentSection?: string }) {
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'Masthead' }), getSections(locale)]);
  return (
    <nav className="section-nav" aria-label={t('menu')}>
      <ul className="container section-nav__list">
        {sections.map((section) => (
          <li key={section.id}>
            <LocaleLink
              href={{ pathname: '/section/[section]', params: { section: section.slug } }}
              aria-current={currentSection === section.slug ? 'page' : undefined}
              prefetch={false}
            >
              {section.name}
            </LocaleLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
