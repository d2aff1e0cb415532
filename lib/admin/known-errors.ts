import { isAppError } from '@/lib/errors';
import type { FormState } from './form-state';

/**
 * Data-layer functions name an expected refusal by its message key (`new AppError('conflict',
 * 'lastAdmin')`). This turns those into a localized form error, on a field when one is named,
 * and rethrows anything else for formAction's generic handling.
 */
export function knownError(
  error: unknown,
  known: Record<string, string | null>,
  translate: (key: string) => string,
  values?: Record<string, unknown>,
): FormState {
  if (!isAppError(error) || !(error.message in known)) throw error;
  const message = translate(error.message);
  const field = known[error.message];
  return { status: 'error', message, fieldErrors: field ? { [field]: [message] } : undefined, values };
}
