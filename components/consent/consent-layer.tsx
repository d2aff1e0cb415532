import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { ConsentBanner } from './consent-banner';
import type { ConsentLabels } from './consent-form';

export async function consentLabels(locale: AppLocale): Promise<ConsentLabels> {
  const t = await getTranslations({ locale, namespace: 'Consent' });
  return {
    title: t('title'),
    intro: t('intro'),
    introMore: t('introMore'),
    introDetails: t('introDetails'),
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

/** The consent banner, identical for every reader so pages stay static (see ConsentBanner). */
export async function ConsentLayer({ locale }: { locale: AppLocale }) {
  const [labels, t] = await Promise.all([consentLabels(locale), getTranslations({ locale, namespace: 'Consent' })]);
  return (
    <ConsentBanner locale={locale} labels={labels} customizeHref={getPathname({ locale, href: '/cookies' })} savedMessage={t('saved')} />
  );
}
