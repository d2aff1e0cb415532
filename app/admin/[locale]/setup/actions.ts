'use server';

import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { assertSameOriginAction, errorState } from '@/lib/admin/action';
import { formValues, type FormState } from '@/lib/admin/form-state';
import { createUser } from '@/lib/admin/users';
import { localizeIssues, type Translate } from '@/lib/admin/validation';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { toLocale } from '@/lib/i18n/routing';

const schema = z
  .object({
    name: z.string().trim().min(1).max(120),
    email: z.string().trim().max(320).pipe(z.email()),
    password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
    confirm: z.string(),
  })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'passwordMismatch' });

/** First-run only: createUser refuses once any account exists, so this cannot mint a second admin. */
export async function createFirstAdmin(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const locale = toLocale(values.$locale);
  const t = (await getTranslations({ locale, namespace: 'Admin.errors' })) as unknown as Translate;
  const { password: _p, confirm: _c, ...safeValues } = values;
  try {
    await assertSameOriginAction();
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { status: 'error', message: t('form'), fieldErrors: localizeIssues(parsed.error.issues, t), values: safeValues };
    await withDb('setup', (db) => createUser(db, null, { ...parsed.data, role: 'admin', locale }));
  } catch (error) {
    return errorState(error, t, safeValues);
  }
  redirect(`/admin/${locale}/login`);
}
