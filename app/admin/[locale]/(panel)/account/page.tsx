import QRCode from 'qrcode';
import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, languageOptions, openAdminPage } from '@/components/admin/admin-page';
import { Field, SelectField } from '@/components/admin/field';
import { PageFrame, Panel } from '@/components/admin/page-frame';
import { getOwnAccount } from '@/lib/admin/account';
import { readSiteName } from '@/lib/admin/settings';
import { isTwoFactorRequired } from '@/lib/auth/settings';
import { totpUri } from '@/lib/auth/totp';
import { formatDate } from '@/lib/time/format';
import {
  changeLocaleAction,
  changePasswordAction,
  confirmTotpAction,
  disableTotpAction,
  regenerateRecoveryCodesAction,
  startTotpAction,
} from './actions';
import { RecoveryCodesForm } from './recovery-codes-form';

const DONE = { locale: 'languageDone', '2fa-on': 'enabledDone', '2fa-off': 'disabledDone' } as const;

const CODE_MAX = 24; // a recovery code, typed with dashes or spaces

export default async function AccountPage(props: PageProps<'/admin/[locale]/account'>) {
  const { locale, user, t, query } = await openAdminPage(props, undefined, { allowUnenrolled: true });
  const [account, siteName, required] = await Promise.all([
    getOwnAccount(user),
    readSiteName(),
    isTwoFactorRequired(),
  ]);
  const done = typeof query.done === 'string' && query.done in DONE ? DONE[query.done as keyof typeof DONE] : null;
  const mustEnrol = required && !account.twoFactorEnabledAt;

  let enrolment: { svg: string; secret: string } | null = null;
  if (account.pendingTotpSecret) {
    // Drawn on the server as inline SVG: the secret never goes to a third-party QR service or a script.
    const uri = totpUri(account.pendingTotpSecret, account.email, siteName.fr);
    const svg = await QRCode.toString(uri, { type: 'svg', margin: 2, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
    enrolment = { svg, secret: account.pendingTotpSecret.match(/.{1,4}/g)!.join(' ') };
  }

  const recoveryLabels = {
    title: t('account.recoveryTitle'),
    help: t('account.recoveryHelp'),
    list: t('account.recoveryListLabel'),
    continue: t('account.recoveryContinue'),
  };

  return (
    <PageFrame title={t('account.title')}>
      {(mustEnrol || query.enrol === '1') && !account.twoFactorEnabledAt && (
        <p className="notice error" role="alert">
          {t('account.enrolNotice')}
        </p>
      )}
      {done && (
        <p className="notice ok" role="status">
          {t(`account.${done}`)}
        </p>
      )}
      <p>{t('account.identity', { name: account.name, email: account.email, role: t(`roles.${user.role}`) })}</p>

      <Panel id="two-factor-title" anchor="two-factor" title={t('account.twoFactorTitle')}>
        {account.twoFactorEnabledAt ? (
          <>
            <p>{t('account.twoFactorOn', { date: formatDate(account.twoFactorEnabledAt, locale) })}</p>
            <h3>{t('account.recoveryTitle')}</h3>
            <p>{t('account.recoveryLeft', { count: account.recoveryCodesLeft })}</p>
            <p className="hint">{t('account.recoveryRegenerateHelp')}</p>
            <RecoveryCodesForm
              action={regenerateRecoveryCodesAction}
              locale={locale}
              submitLabel={t('account.recoveryRegenerate')}
              labels={recoveryLabels}
              continueHref={`/admin/${locale}/account#two-factor`}
              fields={<Field name="code" label={t('account.codeOrRecovery')} required autoComplete="one-time-code" dir="ltr" maxLength={CODE_MAX} />}
            />
            {required ? (
              <p className="hint">{t('account.compulsory')}</p>
            ) : (
              <>
                <p className="hint">{t('account.disableHelp')}</p>
                <ActionForm action={disableTotpAction} locale={locale} submitLabel={t('account.disable')} danger>
                  <Field name="code" label={t('account.codeOrRecovery')} required autoComplete="one-time-code" dir="ltr" maxLength={CODE_MAX} />
                </ActionForm>
              </>
            )}
          </>
        ) : enrolment ? (
          <>
            <RecoveryCodesForm
              action={confirmTotpAction}
              locale={locale}
              submitLabel={t('account.confirm')}
              labels={recoveryLabels}
              continueHref={`/admin/${locale}/account?done=2fa-on#two-factor`}
              fields={<Field name="code" label={t('account.code')} required autoComplete="one-time-code" dir="ltr" maxLength={7} />}
            >
              <p>{t('account.scanHelp')}</p>
              <div
                className="qr"
                role="img"
                aria-label={t('account.qrLabel')}
                style={{ width: 220, maxWidth: '100%', background: '#fff' }}
                dangerouslySetInnerHTML={{ __html: enrolment.svg }}
              />
              <p>
                {t('account.secretLabel')}&nbsp;:{' '}
                <code dir="ltr" style={{ fontSize: 16, letterSpacing: 1 }}>
                  {enrolment.secret}
                </code>
              </p>
            </RecoveryCodesForm>
            <ActionForm action={startTotpAction} locale={locale} submitLabel={t('account.restart')} className="secondary-form" />
          </>
        ) : (
          <>
            <p>{t('account.twoFactorOff')}</p>
            <ActionForm action={startTotpAction} locale={locale} submitLabel={t('account.start')} />
          </>
        )}
      </Panel>

      <Panel id="password-title" title={t('account.passwordTitle')}>
        <p className="hint">{t('account.passwordHelp')}</p>
        <ActionForm action={changePasswordAction} locale={locale} submitLabel={t('account.passwordSave')} pendingLabel={t('common.saving')}>
          <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
          <Field name="currentPassword" label={t('account.currentPassword')} type="password" required autoComplete="current-password" />
          <Field name="newPassword" label={t('account.newPassword')} type="password" required autoComplete="new-password" hint={t('errors.passwordTooShort')} />
          <Field name="confirmPassword" label={t('account.confirmPassword')} type="password" required autoComplete="new-password" />
        </ActionForm>
      </Panel>

      <Panel id="language-title" title={t('account.languageTitle')}>
        <ActionForm action={changeLocaleAction} locale={locale} submitLabel={t('account.languageSave')}>
          <SelectField
            name="locale"
            label={t('account.language')}
            defaultValue={account.locale}
            options={languageOptions(t)}
          />
        </ActionForm>
      </Panel>
    </PageFrame>
  );
}

export const generateMetadata = adminTitle((t) => t('account.title'));
