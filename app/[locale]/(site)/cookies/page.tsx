import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { consentLabels } from '@/components/consent/consent-layer';
import { ConsentForm } from '@/components/consent/consent-form';
import { SiteHeader } from '@/components/site/site-header';
import { NO_CONSENT } from '@/lib/consent/consent';
import { COOKIE_LIST } from '@/lib/consent/cookie-list';
import { sameHrefAlternates } from '@/lib/i18n/alternates';
import { getPathname } from '@/lib/i18n/navigation';
import { resolveLocaleParam } from '@/lib/i18n/params';
import { seoMetadata } from '@/lib/seo/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/cookies'>): Promise<Metadata> {
  const locale = resolveLocaleParam((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Consent' });
  return {
    title: t('pageTitle'),
    ...(await seoMetadata({ locale, title: t('pageTitle'), alternates: sameHrefAlternates('/cookies') })),
  };
}

// Static: the form starts unticked (nothing is on until chosen); the banner island shows the current choice.
export default async function CookiesPage({ params }: PageProps<'/[locale]/cookies'>) {
  const locale = resolveLocaleParam((await params).locale);
  const [t, labels] = await Promise.all([getTranslations({ locale, namespace: 'Consent' }), consentLabels(locale)]);
  return (
    <>
      <SiteHeader locale={locale} alternates={sameHrefAlternates('/cookies')} />
      <main id="main" className="container cookies-page">
        <h1 className="page-title">{t('pageTitle')}</h1>
        <div className="consent consent--static">
          <div className="consent__inner">
            <ConsentForm
              locale={locale}
              labels={labels}
              choices={NO_CONSENT}
              showPurposes
              titleId="cookies-page-form"
              customizeHref={getPathname({ locale, href: '/cookies' })}
            />
          </div>
        </div>
        <h2 className="rail-heading" id="cookie-list">
          {t('cookieListTitle')}
        </h2>
        {/* It scrolls sideways on a phone: focusable, so a keyboard can scroll it too (WCAG 2.1.1). */}
        <div className="table-scroll" role="region" aria-labelledby="cookie-list" tabIndex={0}>
          <table className="prayer-table cookie-table">
            <thead>
              <tr>
                {COOKIE_LIST.headings[locale].map((heading) => (
                  <th key={heading} scope="col">
                    {heading}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {COOKIE_LIST.cookies.map((cookie) => (
                <tr key={cookie.name}>
                  <th scope="row">
                    <code>{cookie.name}</code>
                  </th>
                  <td>{cookie.purpose[locale]}</td>
                  <td>{cookie.lifetime[locale]}</td>
                  <td>{cookie.consent[locale]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </main>
    </>
  );
}
