'use server';

import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { assertSameOriginAction, ERROR_MESSAGE_KEYS } from '@/lib/admin/action';
import { afterArticleChange } from '@/lib/admin/article-change';
import type { Actor } from '@/lib/admin/actor';
import {
  ArticleConflictError,
  ArticleFieldError,
  articleInputSchema,
  changeStatus,
  createArticle,
  createTranslation,
  deleteArticle,
  restoreRevision,
  saveArticle,
  type ArticleChange,
} from '@/lib/admin/articles';
import { localizeIssues, type Translate } from '@/lib/admin/validation';
import { requireAdminUser, type AdminUser } from '@/lib/auth/current-user';
import type { Permission } from '@/lib/auth/permissions';
import { isAppError } from '@/lib/errors';
import { parseDateTimeLocalInput } from '@/lib/time/format';
import { logger } from '@/lib/observability/log.mjs';

/** What the editor gets back from every call: never a thrown error, so nothing typed is lost. */
export interface EditorResult {
  ok: boolean;
  version?: number;
  status?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  conflict?: { version: number; updatedAt: string; updatedBy: string | null };
  savedAt?: string;
}

function actorOf(user: AdminUser): Actor {
  return { id: user.id, role: user.role, authorId: user.authorId };
}

function publish(change: ArticleChange) {
  // Read-your-writes: the editor's next look at the reader site already shows the change.
  afterArticleChange(change, { readYourWrites: true });
}

async function run(locale: unknown, permission: Permission, body: (actor: Actor, t: Translate) => Promise<EditorResult>): Promise<EditorResult> {
  const t = (await getTranslations({ locale: locale === 'ar' ? 'ar' : 'fr', namespace: 'Admin.errors' })) as unknown as Translate;
  try {
    await assertSameOriginAction();
    const user = await requireAdminUser(permission);
    return await body(actorOf(user), t);
  } catch (error) {
    if (error instanceof ArticleConflictError) return { ok: false, message: t('conflict'), conflict: error.current };
    if (error instanceof ArticleFieldError) return { ok: false, message: t('form'), fieldErrors: { [error.field]: [t(error.key, error.values)] } };
    if (isAppError(error)) {
      const key = ERROR_MESSAGE_KEYS[error.code];
      return { ok: false, message: t(key) };
    }
    logger('admin').error({ err: error }, 'article action failed');
    return { ok: false, message: t('internal') };
  }
}

const saveRequest = z.object({
  id: z.number().int().positive(),
  expectedVersion: z.number().int().positive(),
  autosave: z.boolean().default(false),
  input: z.record(z.string(), z.unknown()),
});

export async function saveArticleAction(locale: string, payload: unknown): Promise<EditorResult> {
  return run(locale, 'article.create', async (actor, t) => {
    const request = saveRequest.safeParse(payload);
    if (!request.success) return { ok: false, message: t('form') };
    const input = articleInputSchema.safeParse(request.data.input);
    if (!input.success) return { ok: false, message: t('form'), fieldErrors: localizeIssues(input.error.issues, t) };
    const change = await withDb('saveArticle', (db) =>
      saveArticle(db, actor, { id: request.data.id, expectedVersion: request.data.expectedVersion, input: request.data.input as never, reason: request.data.autosave ? 'autosave' : 'save' }),
    );
    publish(change);
    return { ok: true, version: change.version, savedAt: new Date().toISOString(), message: request.data.autosave ? undefined : t('saved') };
  });
}

const statusRequest = z.object({
  id: z.number().int().positive(),
  expectedVersion: z.number().int().positive(),
  to: z.enum(['draft', 'in_review', 'scheduled', 'published', 'unpublished']),
  publishAt: z.string().optional(),
});

export async function changeStatusAction(locale: string, payload: unknown): Promise<EditorResult> {
  const to = (payload as { to?: string } | null)?.to;
  return run(locale, to === 'draft' || to === 'in_review' ? 'article.submit' : 'article.publish', async (actor, t) => {
    const request = statusRequest.safeParse(payload);
    if (!request.success) return { ok: false, message: t('form') };
    let publishAt: Date | null = null;
    if (request.data.to === 'scheduled') {
      publishAt = request.data.publishAt ? parseDateTimeLocalInput(request.data.publishAt) : null;
      if (!publishAt) return { ok: false, message: t('form'), fieldErrors: { publishAt: [t('future')] } };
    }
    const change = await withDb('changeStatus', (db) =>
      changeStatus(db, actor, { id: request.data.id, expectedVersion: request.data.expectedVersion, to: request.data.to, publishAt }),
    );
    publish(change);
    return { ok: true, version: change.version, status: request.data.to, message: t('saved') };
  });
}

export async function createArticleAction(formData: FormData): Promise<void> {
  const locale = formData.get('$locale') === 'ar' ? 'ar' : 'fr';
  const articleLocale = formData.get('locale') === 'ar' ? 'ar' : 'fr';
  await assertSameOriginAction();
  const user = await requireAdminUser('article.create');
  const title = String(formData.get('title') ?? '').trim() || (articleLocale === 'fr' ? 'Sans titre' : 'بدون عنوان');
  const created = await withDb('createArticle', (db) => createArticle(db, actorOf(user), { locale: articleLocale, title }));
  redirect(`/admin/${locale}/articles/${created.id}`);
}

export async function createTranslationAction(formData: FormData): Promise<void> {
  const locale = formData.get('$locale') === 'ar' ? 'ar' : 'fr';
  const id = z.coerce.number().int().positive().parse(formData.get('id'));
  await assertSameOriginAction();
  const user = await requireAdminUser('article.create');
  const created = await withDb('createTranslation', (db) => createTranslation(db, actorOf(user), id));
  redirect(`/admin/${locale}/articles/${created.id}`);
}

export async function deleteArticleAction(locale: string, payload: unknown): Promise<EditorResult> {
  return run(locale, 'article.delete', async (actor, t) => {
    const request = z.object({ id: z.number().int().positive(), expectedVersion: z.number().int().positive() }).safeParse(payload);
    if (!request.success) return { ok: false, message: t('form') };
    const change = await withDb('deleteArticle', (db) => deleteArticle(db, actor, request.data));
    publish(change);
    return { ok: true };
  });
}

export async function restoreRevisionAction(formData: FormData): Promise<void> {
  const locale = formData.get('$locale') === 'ar' ? 'ar' : 'fr';
  const parsed = z
    .object({ id: z.coerce.number().int().positive(), revisionId: z.coerce.number().int().positive(), expectedVersion: z.coerce.number().int().positive() })
    .parse({ id: formData.get('id'), revisionId: formData.get('revisionId'), expectedVersion: formData.get('expectedVersion') });
  await assertSameOriginAction();
  const user = await requireAdminUser('article.create');
  let outcome = 'restored';
  try {
    const change = await withDb('restoreRevision', (db) => restoreRevision(db, actorOf(user), parsed));
    publish(change);
  } catch (error) {
    if (!isAppError(error)) throw error;
    outcome = error.code;
  }
  redirect(`/admin/${locale}/articles/${parsed.id}?notice=${outcome}`);
}
