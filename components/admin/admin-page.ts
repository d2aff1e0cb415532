import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage, type AdminUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import type { AppLocale } from '@/lib/i18n/routing';

/** The newsroom's translator (namespace `Admin`). */
export type AdminTranslator = Awaited<ReturnType<typeof getTranslations<'Admin'>>>;

/** A page's `generateMetadata`: its title, in the interface language of the URL. */
export function adminTitle(title: (t: AdminTranslator) => string) {
  return async ({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> => {
    const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin' });
    return { title: title(t) };
  };
}

type Query = Record<string, string | string[] | undefined>;
type PageArgs<Params> = { params: Promise<Params>; searchParams?: Promise<Query> };

/**
 * How every signed-in page starts: the language, the user (or a redirect when signed out or not
 * allowed, see requireAdminPage), the translator and the query string.
 */
export async function openAdminPage(
  { params, searchParams }: PageArgs<{ locale: string }>,
  permission?: Permission,
  options?: { allowUnenrolled?: boolean },
): Promise<{ locale: AppLocale; user: AdminUser; t: AdminTranslator; query: Query }> {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale, permission, options);
  return { locale, user, t: await getTranslations({ locale, namespace: 'Admin' }), query: (await searchParams) ?? {} };
}

/** The interface language, its translator and the query string, for the pages anyone may open (sign-in, setup). */
export async function adminLocale({ params, searchParams }: PageArgs<{ locale: string }>): Promise<{ locale: AppLocale; t: AdminTranslator; query: Query }> {
  const locale = resolveAdminLocale((await params).locale);
  return { locale, t: await getTranslations({ locale, namespace: 'Admin' }), query: (await searchParams) ?? {} };
}

/** The same for the page of one item: also its id as written in the address (for idParam). */
export async function openAdminItemPage(args: PageArgs<{ locale: string; id: string }>, permission?: Permission) {
  const page = await openAdminPage(args, permission);
  return { ...page, rawId: (await args.params).id };
}

/** A language's name in the interface language. */
export function languageName(t: AdminTranslator, locale: AppLocale): string {
  return locale === 'fr' ? t('common.french') : t('common.arabic');
}

/** French and Arabic, as choices of a select. */
export function languageOptions(t: AdminTranslator): { value: AppLocale; label: string }[] {
  return (['fr', 'ar'] as const).map((locale) => ({ value: locale, label: languageName(t, locale) }));
}

/** A section's or an author's name in the interface language. */
export function localizedName(row: { nameFr: string; nameAr: string }, locale: AppLocale): string {
  return locale === 'ar' ? row.nameAr : row.nameFr;
}
