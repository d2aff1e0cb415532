import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, localizedName, openAdminItemPage } from '@/components/admin/admin-page';
import { Field, SelectField } from '@/components/admin/field';
import { PageFrame, Panel } from '@/components/admin/page-frame';
import { bylineOptions, getUser } from '@/lib/admin/users';
import { isAppError } from '@/lib/errors';
import { formatDate } from '@/lib/time/format';
import { idParam } from '@/components/admin/page-params';
import { disableUserAction, enableUserAction, resetPasswordAction, updateUserAction } from '../actions';

const DONE = { created: 'created', disabled: 'disabledDone', enabled: 'enabledDone' } as const;

export default async function EditUserPage(props: PageProps<'/admin/[locale]/users/[id]'>) {
  const { locale, user, t, query, rawId } = await openAdminItemPage(props, 'users.manage');
  const id = idParam(rawId);
  const done = query.done;
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
    <PageFrame
      back={{ href: `/admin/${locale}/users`, label: t('users.back') }}
      title={t('users.editTitle', { name: account.name })}
      notices={[doneKey && t(`users.${doneKey}`)]}
    >
      <p dir="ltr">{account.email}</p>
      {account.id === user.id && <p className="notice">{t('users.ownAccount')}</p>}

      <Panel id="profile-title" title={t('users.profileTitle')}>
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
            options={[{ value: '', label: t('users.noByline') }, ...bylines.map((b) => ({ value: String(b.id), label: localizedName(b, locale) }))]}
          />
        </ActionForm>
      </Panel>

      <Panel id="status-title" title={t('users.statusTitle')}>
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
      </Panel>

      <Panel id="reset-title" title={t('users.resetTitle')}>
        <p className="hint">{t('users.resetHelp')}</p>
        <ActionForm action={resetPasswordAction} locale={locale} submitLabel={t('users.reset')} pendingLabel={t('common.saving')}>
          {hidden}
          <Field name="password" label={t('users.newPassword')} type="password" required autoComplete="new-password" hint={t('errors.passwordTooShort')} />
        </ActionForm>
      </Panel>

      <p>
        <a href={`/admin/${locale}/audit?entityType=user&entityId=${account.id}`}>{t('users.history')}</a>
      </p>
    </PageFrame>
  );
}

export const generateMetadata = adminTitle((t) => t('users.title'));
