import type { z } from 'zod';
import { AppError, type AppErrorCode } from '@/lib/errors';

/**
 * A refusal the editor can act on, with its message key (under the `Admin` messages) and, when
 * one field is at fault, that field — e.g. a slug already taken, or a section still in use.
 */
export class ContentError extends AppError {
  readonly messageKey: string;
  readonly field?: string;
  readonly values: Record<string, string | number>;

  constructor(code: AppErrorCode, messageKey: string, options: { field?: string; values?: Record<string, string | number> } = {}) {
    super(code, options.field ? `${options.field}: ${messageKey}` : messageKey);
    this.name = 'ContentError';
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

/** Data-layer parse: a typed 400 with the zod issues, rather than a bare ZodError. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw new InvalidInputError(result.error.issues);
  return result.data;
}

/** The unique index a Postgres error (possibly wrapped by drizzle) violated, or null. */
export function uniqueViolation(error: unknown): string | null {
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
    throw new ContentError('conflict', 'errors.slugTaken', { field });
  }
  throw error;
}
