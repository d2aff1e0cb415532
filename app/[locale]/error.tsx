'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import { ERROR_MESSAGES } from '@/lib/i18n/error-messages';

// Production strips the message; readers only ever see this localized text and the digest.
// The strings come from a tiny built-in table (kept equal to messages/*.json by a unit test)
// rather than next-intl's client provider, which would ship its runtime on every reader page.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const t = ERROR_MESSAGES[locale === 'ar' ? 'ar' : 'fr'];
  useEffect(() => {
    console.error('[reader] render failed', error.digest ?? '');
  }, [error]);
  return (
    <main id="main" className="container error-page">
      <h1>{t.title}</h1>
      <p>{t.description}</p>
      {error.digest ? <p className="error-page__digest">ref. {error.digest}</p> : null}
      <p className="error-page__actions">
        <button type="button" className="button" onClick={() => reset()}>
          {t.retry}
        </button>
        <a href="./" className="button button--ghost">
          {t.home}
        </a>
      </p>
    </main>
  );
}
