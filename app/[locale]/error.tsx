'use client';

import { useTranslations } from 'next-intl';
import { useEffect } from 'react';

// Production strips the message; readers only ever see this localized text and the digest.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations('Error');
  useEffect(() => {
    console.error('[reader] render failed', error.digest ?? '');
  }, [error]);
  return (
    <main id="main" className="container error-page">
      <h1>{t('title')}</h1>
      <p>{t('description')}</p>
      {error.digest ? <p className="error-page__digest">ref. {error.digest}</p> : null}
      <p className="error-page__actions">
        <button type="button" className="button" onClick={() => reset()}>
          {t('retry')}
        </button>
        <a href="./" className="button button--ghost">
          {t('home')}
        </a>
      </p>
    </main>
  );
}
