'use client';

import { usePathname } from 'next/navigation';
import { useEffect } from 'react';
import { ErrorPanel } from '@/components/site/error-panel';
import { localeDirection, toLocale } from '@/lib/i18n/routing';
import './[locale]/globals.css';

// When a page fails before any layout could render (a page rendered on request while the
// database is unreachable, for instance), Next replaces the whole document with this one. The
// language comes from the address, since no layout (and so no locale param) got this far.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const locale = toLocale(usePathname()?.split('/')[1]);
  useEffect(() => {
    console.error('[reader] render failed', error.digest ?? '');
  }, [error]);
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body>
        <ErrorPanel locale={locale} digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
