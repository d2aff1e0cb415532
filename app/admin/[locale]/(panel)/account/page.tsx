import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import { ActionForm } from '@/components/admin/action-form';
import { Field, SelectField } from '@/components/admin/field';
import { getOwnAccount } from '@/lib/admin/account';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { readSiteName } from '@/lib/admin/settings';
import { requireAdminPage } from '@/lib/auth/current-user';
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

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/account'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.account' });
  return { title: t('title') };
}

const DONE = { locale: 'languageDone', '2fa-on': 'enabledDone', '2fa-off': 'disabledDone' } as const;

const CODE_MAX = 24; // a recovery code, typed with dashes or spaces

export default async function AccountPage({ params, searchParams }: PageProps<'/admin/[locale]/account'>) {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale, undefined, { allowUnenrolled: true });
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin' });
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
    <>
      <h1>{t('account.title')}</h1>
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

      <section className="panel" id="two-factor" aria-labelledby="two-factor-title">
        <h2 id="two-factor-title">{t('account.twoFactorTitle')}</h2>
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
      </section>

      <section className="panel" aria-labelledby="password-title">
        <h2 id="password-title">{t('account.passwordTitle')}</h2>
        <p className="hint">{t('account.passwordHelp')}</p>
        <ActionForm action={changePasswordAction} locale={locale} submitLabel={t('account.passwordSave')} pendingLabel={t('common.saving')}>
          <input type="text" name="username" autoComplete="username" value={account.email} readOnly hidden />
          <Field name="currentPassword" label={t('account.currentPassword')} type="password" required autoComplete="current-password" />
          <Field name="newPassword" label={t('account.newPassword')} type="password" required autoComplete="new-password" hint={t('errors.passwordTooShort')} />
          <Field name="confirmPassword" label={t('account.confirmPassword')} type="password" required autoComplete="new-password" />
        </ActionForm>
      </section>

      <section className="panel" aria-labelledby="language-title">
        <h2 id="language-title">{t('account.languageTitle')}</h2>
        <ActionForm action={changeLocaleAction} locale={locale} submitLabel={t('account.languageSave')}>
          <SelectField
            name="locale"
            label={t('account.language')}
            defaultValue={account.locale}
            options={[
              { value: 'fr', label: t('common.french') },
              { value: 'ar', label: t('common.arabic') },
            ]}
          />
        </ActionForm>
      </section>
    </>
  );
}
