import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { FormState } from '@/lib/admin/form-state';
import type { AppLocale } from '@/lib/i18n/routing';
import { ActionForm } from './action-form';
import { DeleteForm } from './delete-form';
import { PageFrame, type Notice } from './page-frame';

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * The page of one item of a list (a tag, an ad...): the way back to the list, the heading, the
 * item's fields (`children`) in one form that saves them, and a separate form that deletes it.
 */
export async function EditPage({
  locale,
  id,
  back,
  title,
  notices,
  update,
  remove,
  children,
}: {
  locale: AppLocale;
  id: number;
  back: { href: string; label: string };
  title: ReactNode;
  notices?: Notice[];
  update: FormAction;
  remove: { action: FormAction; label: string; hint?: string };
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  return (
    <PageFrame back={back} title={title} notices={notices}>
      <section className="panel">
        <ActionForm action={update} locale={locale} submitLabel={t('save')} pendingLabel={t('saving')}>
          <input type="hidden" name="id" value={id} />
          {children}
        </ActionForm>
      </section>
      <DeleteForm locale={locale} id={id} {...remove} />
    </PageFrame>
  );
}
