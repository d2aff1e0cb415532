'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import ar from '@/messages/admin/ar/core.json';
import fr from '@/messages/admin/fr/core.json';
import { localeDirection, toLocale } from '@/lib/i18n/routing';

const MESSAGES = { fr: fr.boundary, ar: ar.boundary };

/**
 * The newsroom's own error boundary, in the interface language (Arabic right to left), inside the
 * admin root layout. Only the digest is shown: production strips the message, and the stack
 * never leaves the server.
 */
export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale: raw } = useParams<{ locale: string }>();
  const locale = toLocale(raw);
  const t = MESSAGES[locale];
  useEffect(() => {
    console.error('[admin] render failed', error.digest ?? '');
  }, [error]);
  return (
    <main id="main" className="admin-main admin-error" lang={locale} dir={localeDirection(locale)}>
      <div className="panel" role="alert">
        <h1>{t.errorTitle}</h1>
        <p>{t.errorDescription}</p>
        {error.digest ? (
          <p className="hint">
            <bdi dir="ltr">{t.reference.replace('{digest}', error.digest)}</bdi>
          </p>
        ) : null}
        <p>
          <button type="button" onClick={() => reset()}>
            {t.retry}
          </button>{' '}
          <a className="button secondary" href={`/admin/${locale}`}>
            {t.dashboard}
          </a>
        </p>
      </div>
    </main>
  );
}
