import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { Field, SelectField } from '@/components/admin/field';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { bylineOptions, getUser } from '@/lib/admin/users';
import { requireAdminPage } from '@/lib/auth/current-user';
import { isAppError } from '@/lib/errors';
import { formatDate } from '@/lib/time/format';
import { idParam } from '../../_content/params';
import { disableUserAction, enableUserAction, resetPasswordAction, updateUserAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/users/[id]'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.users' });
  return { title: t('title') };
}

const DONE = { created: 'created', disabled: 'disabledDone', enabled: 'enabledDone' } as const;

export default async function EditUserPage({ params, searchParams }: PageProps<'/admin/[locale]/users/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  const user = await requireAdminPage(locale, 'users.manage');
  const id = idParam(rawId);
  const done = (await searchParams).done;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const [account, bylines] = await Promise.all([
    getUser(user, id).catch((error: unknown) => {
      if (isAppError(error, 'not_found')) notFound();
      throw error;
    }),
    bylineOptions(user),
  ]);
  const doneKey = typeof done === 'string' && done in DONE ? DONE[done as keyof typeof DONE] : null;
  const hidden = <input type="hidden" name="id" value={account.id} />;
  return (
    <>
      <p>
        <a href={`/admin/${locale}/users`}>{t('users.back')}</a>
      </p>
      <h1>{t('users.editTitle', { name: account.name })}</h1>
      {doneKey && (
        <p className="notice ok" role="status">
          {t(`users.${doneKey}`)}
        </p>
      )}
      <p dir="ltr">{account.email}</p>
      {account.id === user.id && <p className="notice">{t('users.ownAccount')}</p>}

      <section className="panel" aria-labelledby="profile-title">
        <h2 id="profile-title">{t('users.profileTitle')}</h2>
        <ActionForm action={updateUserAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
          {hidden}
          <Field name="name" label={t('users.name')} required defaultValue={account.name} />
          <SelectField
            name="role"
            label={t('users.role')}
            hint={t('users.roleHint')}
            defaultValue={account.role}
            options={(['contributor', 'editor', 'admin'] as const).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
          />
          <SelectField
            name="authorId"
            label={t('users.byline')}
            hint={t('users.bylineHint')}
            defaultValue={account.authorId ? String(account.authorId) : ''}
            options={[{ value: '', label: t('users.noByline') }, ...bylines.map((b) => ({ value: String(b.id), label: locale === 'ar' ? b.nameAr : b.nameFr }))]}
          />
        </ActionForm>
      </section>

      <section className="panel" aria-labelledby="status-title">
        <h2 id="status-title">{t('users.statusTitle')}</h2>
        {account.disabledAt ? (
          <>
            <p>{t('users.disabledSince', { date: formatDate(account.disabledAt, locale) })}</p>
            <p className="hint">{t('users.enableHelp')}</p>
            <ActionForm action={enableUserAction} locale={locale} submitLabel={t('users.enable')}>
              {hidden}
            </ActionForm>
          </>
        ) : (
          <>
            <p className="hint">{t('users.disableHelp')}</p>
            <ActionForm action={disableUserAction} locale={locale} submitLabel={t('users.disable')} danger>
              {hidden}
            </ActionForm>
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="reset-title">
        <h2 id="reset-title">{t('users.resetTitle')}</h2>
        <p className="hint">{t('users.resetHelp')}</p>
        <ActionForm action={resetPasswordAction} locale={locale} submitLabel={t('users.reset')} pendingLabel={t('common.saving')}>
          {hidden}
          <Field name="password" label={t('users.newPassword')} type="password" required autoComplete="new-password" hint={t('errors.passwordTooShort')} />
        </ActionForm>
      </section>

      <p>
        <a href={`/admin/${locale}/audit?entityType=user&entityId=${account.id}`}>{t('users.history')}</a>
      </p>
    </>
  );
}
