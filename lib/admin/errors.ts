import 'server-only';
import type { z } from 'zod';
import { AppError, isAppError, type AppErrorCode } from '@/lib/errors';
import { MediaRejectedError, REJECTION_STATUS } from '@/lib/media/image';
import { localizeIssues, type Translate } from './validation';
import { logger } from '@/lib/observability/log.mjs';

/**
 * A refusal the editor can act on: a slug already taken, a section still in use, a wrong current
 * password. `messageKey` names its text under the `Admin` messages (the error's own message is
 * only for logs) and `field`, when one input is at fault, where the form shows it.
 */
export class ExpectedError extends AppError {
  readonly messageKey: string;
  readonly field?: string;
  readonly values: Record<string, string | number>;

  constructor(code: AppErrorCode, messageKey: string, options: { field?: string; values?: Record<string, string | number> } = {}) {
    super(code, options.field ? `${options.field}: ${messageKey}` : messageKey);
    this.name = 'ExpectedError';
    this.messageKey = messageKey;
    this.field = options.field;
    this.values = options.values ?? {};
  }
}

/** Input the data layer refused on its own parse (actions normally catch this earlier). */
export class InvalidInputError extends AppError {
  readonly issues: readonly z.core.$ZodIssue[];

  constructor(issues: readonly z.core.$ZodIssue[]) {
    super('bad_request', `Invalid input: ${issues.map((issue) => issue.path.join('.')).join(', ')}`);
    this.name = 'InvalidInputError';
    this.issues = issues;
  }
}

/** The one way data-layer writes validate: a typed 400 with the zod issues, never a bare ZodError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(result.error.issues);
  return result.data;
}

/** The unique index a Postgres error (possibly wrapped by drizzle) violated, or null. */
function uniqueViolation(error: unknown): string | null {
  for (let current: unknown = error; current && typeof current === 'object'; current = (current as { cause?: unknown }).cause) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (code === '23505') return typeof constraint === 'string' ? constraint : '';
  }
  return null;
}

/**
 * Two editors saving the same slug at once both pass the pre-check; the index stops the second,
 * and this turns that into the same field error the pre-check gives.
 */
export function slugConflictFrom(error: unknown, fieldsByIndex: Record<string, string>): never {
  const index = uniqueViolation(error);
  if (index !== null) {
    const field = fieldsByIndex[index] ?? Object.values(fieldsByIndex)[0];
    throw new ExpectedError('conflict', 'errors.slugTaken', { field });
  }
  throw error;
}

/** The Admin.errors message for each typed error code. */
const ERROR_MESSAGE_KEYS = {
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  conflict: 'conflict',
  not_found: 'notFound',
  bad_request: 'form',
  too_many_requests: 'tooMany',
  database_unavailable: 'unavailable',
  internal: 'internal',
} as const satisfies Record<AppErrorCode, string>;

export interface ErrorDescription {
  status: number;
  code: string;
  message: string;
  fieldErrors?: Record<string, string[]>;
}

/** redirect() and notFound() work by throwing; they must pass through every error handler. */
export function isNavigationSignal(error: unknown): boolean {
  return Boolean(error && typeof error === 'object' && 'digest' in error && typeof error.digest === 'string' && error.digest.startsWith('NEXT_'));
}

/**
 * The one mapping from a thrown error to what the editor reads, for form actions, the editor's
 * JSON actions and the media API alike. `t` reads the `Admin` messages. Unexpected errors are
 * logged and reported as internal, without their message.
 */
export function describeError(error: unknown, t: Translate): ErrorDescription {
  const form = () => t('errors.form');
  if (error instanceof InvalidInputError) {
    const te: Translate = (key, params) => t(`errors.${key}`, params);
    return { status: 400, code: 'invalid', message: form(), fieldErrors: localizeIssues(error.issues, te) };
  }
  if (error instanceof MediaRejectedError) {
    const text = t(`media.rejected.${error.reason}`);
    return { status: REJECTION_STATUS[error.reason], code: error.reason, message: text, fieldErrors: { file: [text] } };
  }
  if (error instanceof ExpectedError) {
    const text = t(error.messageKey, error.values);
    return error.field
      ? { status: error.status, code: error.code, message: form(), fieldErrors: { [error.field]: [text] } }
      : { status: error.status, code: error.code, message: text };
  }
  if (isAppError(error)) return { status: error.status, code: error.code, message: t(`errors.${ERROR_MESSAGE_KEYS[error.code]}`) };
  logger('admin').error({ err: error }, 'request failed');
  return { status: 500, code: 'internal', message: t('errors.internal') };
}
