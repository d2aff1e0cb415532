import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { readConsent } from '@/lib/consent/server';
import { NO_CONSENT } from '@/lib/consent/consent';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { ConsentBanner } from './consent-banner';
import { ConsentForm, type ConsentLabels } from './consent-form';

export async function consentLabels(locale: AppLocale): Promise<ConsentLabels> {
  const t = await getTranslations({ locale, namespace: 'Consent' });
  return {
    title: t('title'),
    intro: t('intro'),
    acceptAll: t('acceptAll'),
    rejectAll: t('rejectAll'),
    customize: t('customize'),
    save: t('save'),
    necessary: t('necessary'),
    necessaryHelp: t('necessaryHelp'),
    alwaysOn: t('alwaysOn'),
    purposes: {
      analytics: { label: t('analytics'), help: t('analyticsHelp') },
      ads: { label: t('ads'), help: t('adsHelp') },
      personalizedAds: { label: t('personalizedAds'), help: t('personalizedAdsHelp') },
      embeds: { label: t('embeds'), help: t('embedsHelp') },
    },
  };
}

/**
 * The banner decision depends on the reader's cookie, so it is a small dynamic hole: the
 * proxy's consent header decides on the first response whether the banner shows. Readers
 * without JavaScript get the plain form (streamed holes need scripts to appear).
 */
export async function ConsentLayer({ locale }: { locale: AppLocale }) {
  const labels = await consentLabels(locale);
  const customizeHref = getPathname({ locale, href: '/cookies' });
  return (
    <Suspense
      fallback={
        <noscript>
          <div className="consent consent--static">
            <div className="consent__inner">
              <ConsentForm locale={locale} labels={labels} choices={NO_CONSENT} showPurposes={false} titleId="consent-noscript" customizeHref={customizeHref} />
            </div>
          </div>
        </noscript>
      }
    >
      <ConsentGate locale={locale} labels={labels} customizeHref={customizeHref} />
    </Suspense>
  );
}

async function ConsentGate({ locale, labels, customizeHref }: { locale: AppLocale; labels: ConsentLabels; customizeHref: string }) {
  const [{ current, choices }, t] = await Promise.all([readConsent(), getTranslations({ locale, namespace: 'Consent' })]);
  return (
    <ConsentBanner
      locale={locale}
      labels={labels}
      initialOpen={!current}
      initialChoices={choices}
      customizeHref={customizeHref}
      savedMessage={t('saved')}
    />
  );
}
