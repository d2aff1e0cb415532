import { cacheLife } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { getPageLinks } from '@/lib/data/pages';
import { getSections, getSiteName } from '@/lib/data/reader';
import { RssIcon } from '@/components/site/feed-link';
import { Link } from '@/lib/i18n/link';
import { feedPath } from '@/lib/seo/site';
import type { AppLocale } from '@/lib/i18n/routing';
import { toMoroccoParts } from '@/lib/time/legal-time';

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  'use cache';
  cacheLife('masthead');
  const [t, siteName, tLatest, tConsent, sections, pages] = await Promise.all([
    getTranslations({ locale, namespace: 'Footer' }),
    getSiteName(locale),
    getTranslations({ locale, namespace: 'Latest' }),
    getTranslations({ locale, namespace: 'Consent' }),
    getSections(locale),
    getPageLinks(locale),
  ]);
  const year = toMoroccoParts(new Date()).year;
  return (
    <footer className="site-footer">
      <div className="container site-footer__grid">
        <div>
          <p className="brand__mark brand__mark--small">{siteName}</p>
          <p className="site-footer__about">{t('about')}</p>
        </div>
        <nav aria-label={t('sections')}>
          <h2 className="site-footer__heading">{t('sections')}</h2>
          <ul className="site-footer__links">
            {sections.map((section) => (
              <li key={section.id}>
                <Link href={{ pathname: '/section/[section]', params: { section: section.slug } }}>{section.name}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label={t('site')}>
          <h2 className="site-footer__heading">{t('site')}</h2>
          <ul className="site-footer__links">
            <li>
              <Link href="/latest">{tLatest('title')}</Link>
            </li>
            <li>
              <a href={feedPath(locale, 'rss', { kind: 'site' })} type="application/rss+xml" className="feed-link">
                <RssIcon />
                {t('rss')}
              </a>
            </li>
            <li>
              {/* With JavaScript the banner island reopens in place; without, this is the cookies page. */}
              <Link href="/cookies" data-consent-open="">
                {tConsent('manage')}
              </Link>
            </li>
          </ul>
        </nav>
        {pages.length ? (
          <nav aria-label={t('info')}>
            <h2 className="site-footer__heading">{t('info')}</h2>
            <ul className="site-footer__links">
              {pages.map((page) => (
                <li key={page.kind}>
                  <Link href={{ pathname: '/info/[slug]', params: { slug: page.slug } }}>{page.title}</Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
      <p className="container site-footer__legal">{t('copyright', { year })}</p>
    </footer>
  );
}
