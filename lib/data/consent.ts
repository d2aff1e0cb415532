import 'server-only';
import { withDb } from '@/db';
import { consentRecords } from '@/db/schema';
import type { ConsentState } from '@/lib/consent/consent';
import type { AppLocale } from '@/lib/i18n/routing';

/** Every choice is kept so the publisher can prove consent; no IP address or user agent is stored. */
export async function recordConsent(state: ConsentState, locale: AppLocale): Promise<void> {
  await withDb('consent record', (db) =>
    db.insert(consentRecords).values({
      id: crypto.randomUUID(),
      consentId: state.id,
      createdAt: new Date(state.at),
      revision: state.rev,
      choices: state.c,
      locale,
    }),
  );
}
