import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import type { AppLocale } from '@/lib/i18n/routing';
import { ActionForm } from './action-form';
import { DeleteForm } from './delete-form';
import { PageFrame } from './page-frame';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** The lists whose items have an EditPage; each has the same messages (back, editTitle, created, delete). */
export type EditableKind = 'ads' | 'authors' | 'pages' | 'sections' | 'tags' | 'ticker';

/**
 * The page of one item of a list (a tag, an ad...): the way back to the list, the heading with
 * the item's name (or a badge), the item's fields (`children`) in one form that saves them, and
 * a separate form that deletes it.
 */
export async function EditPage({
  locale,
  kind,
  id,
  name,
  badge,
  created,
  update,
  remove,
  deleteHint,
  children,
}: {
  locale: AppLocale;
  kind: EditableKind;
  id: number;
  name?: ReactNode;
  badge?: ReactNode;
  /** The item was just created (the list's form redirects here with `?created=1`). */
  created?: boolean;
  update: FormAction;
  remove: FormAction;
  deleteHint?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const title = (
    <>
      {t(`${kind}.editTitle`)}
      {name ? <> · {name}</> : null}
      {badge ? <> {badge}</> : null}
    </>
  );
  return (
    <PageFrame back={{ href: `/admin/${locale}/${kind}`, label: t(`${kind}.back`) }} title={title} notices={[created && t(`${kind}.created`)]}>
      <section className="panel">
        <ActionForm action={update} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
          <input type="hidden" name="id" value={id} />
          {children}
        </ActionForm>
      </section>
      <DeleteForm locale={locale} id={id} action={remove} label={t(`${kind}.delete`)} hint={deleteHint} />
    </PageFrame>
  );
}
