import 'server-only';
import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { requireAdminUser, type AdminUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { isAppError, type AppErrorCode } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/routing';
import { echoableValues, formValues, type FormState } from './form-state';

import { localizeIssues, type Translate } from './validation';
import { logger } from '@/lib/observability/log.mjs';

/**
 * Next already compares Origin with Host for server actions; this repeats the check where we can
 * see and test it, so an action never runs for another site's page.
 */
export async function assertSameOriginAction(): Promise<void> {
  const list = await headers();
  const origin = list.get('origin');
  const host = list.get('x-forwarded-host') ?? list.get('host');
  if (!origin || !host) return void (await fail());
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return void (await fail());
  }
  if (originHost !== host) await fail();

  async function fail(): Promise<never> {
    const { AppError } = await import('@/lib/errors');
    throw new AppError('forbidden', 'Cross-origin action refused');
  }
}

/**
 * The one way admin form actions are written: origin check, session and permission check,
 * zod parsing with localized field errors, and typed errors turned into a form message, with
 * the submitted values echoed back on every failure.
 */
export function formAction<S extends z.ZodType, R extends FormState | void>(
  options: {
    // Omitted for actions every signed-in user may run on their own account.
    permission?: Permission;
    schema: S;
    allowUnenrolled?: boolean;
  },
  run: (input: z.infer<S>, user: AdminUser, context: { locale: AppLocale; formData: FormData }) => Promise<R>,
) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const values = echoableValues(formValues(formData));
    const locale: AppLocale = values.$locale === 'ar' ? 'ar' : 'fr';
    const t = (await getTranslations({ locale, namespace: 'Admin.errors' })) as unknown as Translate;
    try {
      await assertSameOriginAction();
      const user = await requireAdminUser(options.permission, { allowUnenrolled: options.allowUnenrolled });
      const parsed = options.schema.safeParse(formValues(formData));
      if (!parsed.success) {
        return { status: 'error', message: t('form'), fieldErrors: localizeIssues(parsed.error.issues, t), values };
      }
      const result = await run(parsed.data, user, { locale, formData });
      return result ?? { status: 'ok', message: t('saved'), values };
    } catch (error) {
      return errorState(error, t, values);
    }
  };
}

/** The Admin.errors message for each typed error code: one table for forms, the editor and the media API. */
export const ERROR_MESSAGE_KEYS = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  conflict: 'conflict',
  not_found: 'notFound',
  bad_request: 'form',
  too_many_requests: 'tooMany',
  database_unavailable: 'unavailable',
  internal: 'internal',
} as const satisfies Record<AppErrorCode, string>;

export function errorState(error: unknown, t: (key: string) => string, values?: Record<string, unknown>): FormState {
  // redirect() and notFound() work by throwing; let them through.
  if (error && typeof error === 'object' && 'digest' in error && typeof error.digest === 'string' && error.digest.startsWith('NEXT_')) {
    throw error;
  }
  if (isAppError(error)) {
    return { status: 'error', message: t(ERROR_MESSAGE_KEYS[error.code]), values };
  }
  logger('admin').error({ err: error }, 'action failed');
  return { status: 'error', message: t('internal'), values };
}
