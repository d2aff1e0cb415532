import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage, type AdminUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import type { AppLocale } from '@/lib/i18n/routing';

/** The newsroom's translator (namespace `Admin`). */
export type AdminTranslator = Awaited<ReturnType<typeof getTranslations<'Admin'>>>;

type LocaleParams = { params: Promise<{ locale: string }> };

/** A page's `generateMetadata`: its title, in the interface language of the URL. */
export function adminTitle(title: (t: AdminTranslator) => string) {
  return async ({ params }: LocaleParams): Promise<Metadata> => {
    const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin' });
    return { title: title(t) };
  };
}

/** The interface language and its translator, for the pages anyone may open (sign-in, setup). */
export async function adminLocale(params: LocaleParams['params']): Promise<{ locale: AppLocale; t: AdminTranslator }> {
  const locale = resolveAdminLocale((await params).locale);
  return { locale, t: await getTranslations({ locale, namespace: 'Admin' }) };
}

/**
 * How every signed-in page starts: the language, the user (or a redirect when signed out or not
 * allowed, see requireAdminPage) and the translator.
 */
export async function openAdminPage(
  params: LocaleParams['params'],
  permission?: Permission,
  options?: { allowUnenrolled?: boolean },
): Promise<{ locale: AppLocale; user: AdminUser; t: AdminTranslator }> {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale, permission, options);
  return { locale, user, t: await getTranslations({ locale, namespace: 'Admin' }) };
}

/** A language's name in the interface language. */
export function languageName(t: AdminTranslator, locale: AppLocale): string {
  return locale === 'fr' ? t('common.french') : t('common.arabic');
}

/** French and Arabic, as choices of a select. */
export function languageOptions(t: AdminTranslator): { value: AppLocale; label: string }[] {
  return (['fr', 'ar'] as const).map((locale) => ({ value: locale, label: languageName(t, locale) }));
}
