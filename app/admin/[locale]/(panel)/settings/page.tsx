import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { CheckboxField, Field, SelectField } from '@/components/admin/field';
import { PageFrame } from '@/components/admin/page-frame';
import { getSettings } from '@/lib/admin/settings';
import { formatHijri, HIJRI_OFFSET_MAX, HIJRI_OFFSET_MIN } from '@/lib/time/format';
import { saveSettingsAction } from './actions';

export default async function SettingsPage(props: PageProps<'/admin/[locale]/settings'>) {
  const { locale, user, t } = await openAdminPage(props, 'settings.manage');
  const current = await getSettings(user);
  const today = formatHijri(new Date(), locale, current.hijriOffset);
  return (
    <PageFrame title={t('settings.title')}>
      <ActionForm action={saveSettingsAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
        <fieldset className="panel">
          <legend>{t('settings.siteNameTitle')}</legend>
          <Field name="siteNameFr" label={t('settings.siteNameFr')} required dir="ltr" maxLength={80} defaultValue={current.siteName.fr} />
          <Field name="siteNameAr" label={t('settings.siteNameAr')} required dir="rtl" maxLength={80} defaultValue={current.siteName.ar} />
        </fieldset>
        <fieldset className="panel">
          <legend>{t('settings.hijriTitle')}</legend>
          <SelectField
            name="hijriOffset"
            label={t('settings.hijriOffset')}
            hint={t('settings.hijriHint', { date: today })}
            defaultValue={String(current.hijriOffset)}
            options={Array.from({ length: HIJRI_OFFSET_MAX - HIJRI_OFFSET_MIN + 1 }, (_, i) => HIJRI_OFFSET_MIN + i).map((value) => ({
              value: String(value),
              label: value > 0 ? `+${value}` : String(value),
            }))}
          />
        </fieldset>
        <fieldset className="panel">
          <legend>{t('settings.adTitle')}</legend>
          <Field name="adNetworkSrc" label={t('settings.adSrc')} type="url" dir="ltr" hint={t('settings.adSrcHint')} defaultValue={current.adNetworkTag?.src ?? ''} />
          <CheckboxField name="adNetworkGoogle" label={t('settings.adGoogle')} defaultChecked={current.adNetworkTag?.google ?? false} />
        </fieldset>
        <fieldset className="panel">
          <legend>{t('settings.securityTitle')}</legend>
          <CheckboxField name="require2fa" label={t('settings.require2fa')} defaultChecked={current.require2fa} />
          <p className="hint">{t('settings.require2faHint')}</p>
        </fieldset>
      </ActionForm>
    </PageFrame>
  );
}

export const generateMetadata = adminTitle((t) => t('settings.title'));
