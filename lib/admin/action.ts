import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireAdminUser, type AdminUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { echoableValues, formValues, type FormState } from '@/lib/forms/form-state';
import { AppError } from '@/lib/errors';
import { isSameOrigin } from '@/lib/http/same-origin';
import { toLocale, type AppLocale } from '@/lib/i18n/routing';
import { describeError, isNavigationSignal, parseInput } from './errors';
import { fields, type Translate } from './validation';

/**
 * Next already compares Origin with Host for server actions; this repeats the check where we can
 * see and test it, so an action never runs for another site's page.
 */
export async function assertSameOriginAction(): Promise<void> {
  if (!isSameOrigin(await headers(), 'refuse')) throw new AppError('forbidden', 'Cross-origin action refused');
}

/*
 * The one way admin actions are written. Every variant runs the same core: origin check, session
 * and permission, zod parsing (field errors localized), then the work, with any error turned into
 * the editor's message by describeError (lib/admin/errors.ts). The variants differ only in what
 * they receive and return: a form's FormState, the article editor's JSON, or nothing (a plain
 * form that redirects, whose failures go to the error page).
 */

interface ActionOptions<S extends z.ZodType> {
  /**
   * Checked before the work; the data layer checks it again. Omitted for actions every signed-in
   * user may run on their own account. A function picks it from the raw input (e.g. a target status).
   */
  permission?: Permission | ((raw: unknown) => Permission);
  schema: S;
  /** The account page's actions work while compulsory two-factor is pending. */
  allowUnenrolled?: boolean;
  /** Only the first-run setup, which runs before any account exists. */
  signedOut?: boolean;
}

export interface ActionContext {
  locale: AppLocale;
  /** The `Admin` messages in the interface language. */
  t: Translate;
}

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown };

async function adminMessages(locale: AppLocale): Promise<Translate> {
  return (await getTranslations({ locale, namespace: 'Admin' })) as unknown as Translate;
}

async function runAction<S extends z.ZodType, U, R>(options: ActionOptions<S>, raw: unknown, run: (input: z.infer<S>, user: U) => Promise<R>): Promise<Outcome<R>> {
  try {
    await assertSameOriginAction();
    const permission = typeof options.permission === 'function' ? options.permission(raw) : options.permission;
    const user = options.signedOut ? null : await requireAdminUser(permission, { allowUnenrolled: options.allowUnenrolled });
    const input = parseInput(options.schema, raw);
    return { ok: true, value: await run(input, user as U) };
  } catch (error) {
    if (isNavigationSignal(error)) throw error;
    return { ok: false, error };
  }
}

type FormRun<S extends z.ZodType, U> = (input: z.infer<S>, user: U, context: ActionContext & { formData: FormData }) => Promise<FormState | void>;

/** For forms under useActionState: the submitted values come back with every failure, so nothing typed is lost. */
export function formAction<S extends z.ZodType>(options: ActionOptions<S> & { signedOut?: false }, run: FormRun<S, AdminUser>): (previous: FormState, formData: FormData) => Promise<FormState>;
export function formAction<S extends z.ZodType>(options: ActionOptions<S> & { signedOut: true }, run: FormRun<S, null>): (previous: FormState, formData: FormData) => Promise<FormState>;
export function formAction<S extends z.ZodType>(options: ActionOptions<S>, run: FormRun<S, never>) {
  return async (_previous: FormState, formData: FormData): Promise<FormState> => {
    const submitted = formValues(formData);
    const values = echoableValues(submitted);
    const locale = toLocale(submitted.$locale);
    const t = await adminMessages(locale);
    const outcome = await runAction(options, submitted, (input, user: never) => run(input, user, { locale, t, formData }));
    if (!outcome.ok) {
      const { message, fieldErrors } = describeError(outcome.error, t);
      return { status: 'error', message, fieldErrors, values };
    }
    return outcome.value ?? { status: 'ok', message: t('errors.saved'), values };
  };
}

/** For a plain `<form action>` that redirects when done; a failure shows the error page, as any failed navigation. */
export function plainFormAction<S extends z.ZodType>(
  options: Omit<ActionOptions<S>, 'signedOut'>,
  run: (input: z.infer<S>, user: AdminUser, context: ActionContext) => Promise<void>,
): (formData: FormData) => Promise<void> {
  return async (formData: FormData) => {
    const submitted = formValues(formData);
    const locale = toLocale(submitted.$locale);
    const context = { locale, t: await adminMessages(locale) };
    const outcome = await runAction(options, submitted, (input, user: AdminUser) => run(input, user, context));
    if (!outcome.ok) throw outcome.error;
  };
}

/** What a JSON action answers on failure; `onFailure` may add what the client needs (e.g. a conflict's newer version). */
export type JsonFailure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/** For actions scripts call with a JSON payload (the article editor): never a thrown error, always an answer. */
export function jsonAction<S extends z.ZodType, R extends { ok: boolean }>(
  options: Omit<ActionOptions<S>, 'signedOut'>,
  run: (input: z.infer<S>, user: AdminUser, context: ActionContext) => Promise<R>,
  onFailure: (error: unknown, failure: JsonFailure) => R = (_error, failure) => failure as unknown as R,
): (locale: string, payload: unknown) => Promise<R> {
  return async (rawLocale: string, payload: unknown) => {
    const locale = toLocale(rawLocale);
    const context = { locale, t: await adminMessages(locale) };
    const outcome = await runAction(options, payload, (input, user: AdminUser) => run(input, user, context));
    if (outcome.ok) return outcome.value;
    const { message, fieldErrors } = describeError(outcome.error, context.t);
    return onFailure(outcome.error, fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message });
  };
}

/** The create, update and delete actions of an admin collection (ads, authors, pages, sections, tags, ticker). */
export interface CollectionActionsOptions<S extends z.ZodObject> {
  permission: Permission;
  /** The form's fields; update adds the row's `id`. */
  schema: S;
  /** The collection's path under /admin/<locale>/, e.g. 'ads'. */
  path: string;
  create: (actor: AdminUser, input: z.infer<S>) => Promise<{ id: number }>;
  update: (actor: AdminUser, id: number, input: z.infer<S>) => Promise<unknown>;
  remove: (actor: AdminUser, id: number) => Promise<unknown>;
  /** Where a created row sends the editor: its own edit page, or back to the list (rows edited in place). */
  afterCreate: 'item' | 'list';
}

type FormActionFn = (previous: FormState, formData: FormData) => Promise<FormState>;

/**
 * One shape for a collection's three form actions: create redirects with `?created=1`, update
 * answers the saved state, delete returns to the list with `?deleted=1`.
 */
export function collectionActions<S extends z.ZodObject>(options: CollectionActionsOptions<S>): { create: FormActionFn; update: FormActionFn; remove: FormActionFn } {
  const { permission, schema, path } = options;
  return {
    create: formAction({ permission, schema }, async (input, user, { locale }) => {
      const { id } = await options.create(user, input);
      redirect(options.afterCreate === 'item' ? `/admin/${locale}/${path}/${id}?created=1` : `/admin/${locale}/${path}?created=1`);
    }),
    update: formAction({ permission, schema: schema.extend({ id: fields.id() }) }, async (values, user) => {
      // The extended schema's type stays generic here; its output is the form's fields plus the id.
      const { id, ...input } = values as z.infer<S> & { id: number };
      await options.update(user, id, input as z.infer<S>);
    }),
    remove: formAction({ permission, schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
      await options.remove(user, id);
      redirect(`/admin/${locale}/${path}?deleted=1`);
    }),
  };
}
