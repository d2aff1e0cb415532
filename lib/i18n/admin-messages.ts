import type { AppLocale } from './routing';

/**
 * The admin's messages, one file per area under messages/admin/<locale>/, merged under the
 * `Admin` namespace. Separate files keep each area's strings next to each other.
 */
export const ADMIN_MESSAGE_AREAS = ['core', 'articles', 'editor', 'media', 'taxonomy', 'users'] as const;

export async function loadAdminMessages(locale: AppLocale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    ADMIN_MESSAGE_AREAS.map(async (area) => (await import(`../../messages/admin/${locale}/${area}.json`)).default as Record<string, unknown>),
  );
  return Object.assign({}, ...parts);
}
