'use client';

import { useParams } from 'next/navigation';
import { useEffect } from 'react';
import { ErrorPanel } from '@/components/site/error-panel';
import { toLocale } from '@/lib/i18n/routing';

// Production strips the message; readers only ever see this localized text and the digest.
// The strings come from a tiny built-in table (kept equal to messages/*.json by a unit test)
// rather than next-intl's client provider, which would ship its runtime on every reader page.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  useEffect(() => {
    console.error('[reader] render failed', error.digest ?? '');
  }, [error]);
  return <ErrorPanel locale={toLocale(locale)} digest={error.digest} reset={reset} />;
}
