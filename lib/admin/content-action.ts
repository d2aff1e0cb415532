import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import type { AdminUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import type { AppLocale } from '@/lib/i18n/routing';
import { MediaRejectedError } from '@/lib/media/image';
import { formAction } from './action';
import { ContentError, InvalidInputError } from './content-errors';
import { formValues, type FormState } from './form-state';
import { localizeIssues, type Translate } from './validation';

/**
 * The editor-facing form of a refusal the data layer raised on purpose (slug taken, still in
 * use, image refused…), or null for anything else, which formAction reports generically.
 */
export async function contentErrorState(error: unknown, locale: AppLocale, values?: Record<string, unknown>): Promise<FormState | null> {
  if (!(error instanceof ContentError || error instanceof InvalidInputError || error instanceof MediaRejectedError)) return null;
  const t = (await getTranslations({ locale, namespace: 'Admin' })) as unknown as Translate;
  const form = t('errors.form');
  if (error instanceof InvalidInputError) {
    const te: Translate = (key, params) => t(`errors.${key}`, params);
    return { status: 'error', message: form, fieldErrors: localizeIssues(error.issues, te), values };
  }
  if (error instanceof MediaRejectedError) {
    return { status: 'error', message: form, fieldErrors: { file: [t(`media.rejected.${error.reason}`)] }, values };
  }
  const text = t(error.messageKey, error.values);
  return error.field
    ? { status: 'error', message: form, fieldErrors: { [error.field]: [text] }, values }
    : { status: 'error', message: text, values };
}

/** formAction plus the content refusals above turned into messages on the right fields. */
export function contentAction<S extends z.ZodType>(
  options: { permission: Permission; schema: S },
  run: (input: z.infer<S>, user: AdminUser, context: { locale: AppLocale; formData: FormData }) => Promise<FormState | void>,
) {
  return formAction(options, async (input, user, context) => {
    try {
      return await run(input, user, context);
    } catch (error) {
      const state = await contentErrorState(error, context.locale, formValues(context.formData));
      if (state) return state;
      throw error;
    }
  });
}
