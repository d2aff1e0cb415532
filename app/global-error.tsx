'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { ERROR_MESSAGES } from '@/lib/i18n/error-messages';
import './[locale]/globals.css';

// When a page fails before any layout could render (a page rendered on request while the
// database is unreachable, for instance), Next replaces the whole document with this one. The
// language comes from the address, since no layout (and so no locale param) got this far.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = usePathname()?.split('/')[1] === 'ar' ? 'ar' : 'fr';
  const t = ERROR_MESSAGES[locale];
  useEffect(() => {
    console.error('[reader] render failed', error.digest ?? '');
  }, [error]);
  return (
    <html lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'}>
      <body>
        <main id="main" className="container error-page">
          <h1>{t.title}</h1>
          <p>{t.description}</p>
          {error.digest ? <p className="error-page__digest">ref. {error.digest}</p> : null}
          <p className="error-page__actions">
            <button type="button" className="button" onClick={() => reset()}>
              {t.retry}
            </button>
            <a href={`/${locale}`} className="button button--ghost">
              {t.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
