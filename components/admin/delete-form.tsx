import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import type { FormState } from '@/lib/forms/form-state';
import type { AppLocale } from '@/lib/i18n/routing';

/** A separate, red form for deleting one item; the data layer says why when it refuses. */
export async function DeleteForm({
  locale,
  id,
  action,
  label,
  hint,
}: {
  locale: AppLocale;
  id: number;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  label: string;
  hint?: string;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  return (
    <section className="panel" aria-labelledby={`delete-${id}`}>
      <h2 id={`delete-${id}`}>{label}</h2>
      {hint ? <p className="hint">{hint}</p> : null}
      <ActionForm action={action} locale={locale} submitLabel={t('confirmDelete')} danger>
        <input type="hidden" name="id" value={id} />
      </ActionForm>
    </section>
  );
}
