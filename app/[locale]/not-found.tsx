import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { SlimHeader } from '@/components/site/site-header';
import { Link } from '@/lib/i18n/link';
import type { AppLocale } from '@/lib/i18n/routing';

// Next reads the not-found boundary's own metadata for a 404 (errorConvention in its metadata
// resolver): the tab and the history show "Page introuvable", not the front page's title.
export async function generateMetadata(): Promise<Metadata> {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return { title: t('title') };
}

export default async function LocaleNotFound() {
  const locale = (await getLocale()) as AppLocale;
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <SlimHeader locale={locale} />
      <main id="main" className="container error-page">
        <p className="error-page__code">404</p>
        <h1>{t('title')}</h1>
        <p>{t('description')}</p>
        <p className="error-page__actions">
          <Link href="/" className="button">
            {t('home')}
          </Link>
          <Link href="/latest" className="button button--ghost">
            {t('latest')}
          </Link>
        </p>
      </main>
    </>
  );
}
