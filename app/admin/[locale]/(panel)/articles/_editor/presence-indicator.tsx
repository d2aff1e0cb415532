'use client';

import { useTranslations } from 'next-intl';
import type { PresentEditor } from './use-presence';

/** « Fatima modifie cet article »: who else has it open, announced politely as it changes. */
export function PresenceIndicator({ others, adminLocale }: { others: PresentEditor[]; adminLocale: 'fr' | 'ar' }) {
  const t = useTranslations('Admin.articles.presence');
  const names = new Intl.ListFormat(adminLocale, { type: 'conjunction' }).format(others.map((other) => other.name));
  return (
    <p className="presence" role="status" aria-live="polite">
      {others.length > 0 && <span className="presence-badge">{t('editing', { count: others.length, names })}</span>}
    </p>
  );
}
