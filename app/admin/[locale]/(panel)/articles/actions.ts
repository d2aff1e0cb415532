'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { jsonAction, plainFormAction } from '@/lib/admin/action';
import {
  ArticleConflictError,
  articleInputSchema,
  changeStatus,
  createArticle,
  createTranslation,
  deleteArticle,
  getMergeSides,
  type MergeSides,
  saveArticle,
  searchLinkTargets,
} from '@/lib/admin/articles';
import { ExpectedError, parseInput } from '@/lib/admin/errors';
import { fields } from '@/lib/admin/validation';
import { parseDateTimeLocalInput } from '@/lib/time/format';

/** What the editor gets back from every call: never a thrown error, so nothing typed is lost. */
export interface EditorResult {
  ok: boolean;
  version?: number;
  status?: string;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  conflict?: { version: number; updatedAt: string; updatedBy: string | null };
  savedAt?: string;
  /** The slug the server saved: a translation's provisional slug follows its title (lib/admin/articles/writes.ts). */
  slug?: string;
}

/** A refused save that lost a race keeps the newer version's details; the editor then merges (mergeSidesAction). */
function withConflict(error: unknown, failure: EditorResult): EditorResult {
  return error instanceof ArticleConflictError ? { ...failure, conflict: error.current } : failure;
}

const saveRequest = z.object({
  id: z.number().int().positive(),
  expectedVersion: z.number().int().positive(),
  autosave: z.boolean().default(false),
  // "Signaler une mise à jour": readers see the save's time as the article's update time.
  flagUpdate: z.boolean().default(false),
  // Set when the editor saves a version loaded from the history: the revision and audit say "restore".
  restoredFrom: z.number().int().positive().optional(),
  input: z.record(z.string(), z.unknown()),
});

export const saveArticleAction = jsonAction(
  { permission: 'article.create', schema: saveRequest },
  async (request, user, { t }): Promise<EditorResult> => {
    // Checked here for the field errors; saveArticle parses it again (it also serves the tests and restores).
    parseInput(articleInputSchema, request.input);
    const change = await saveArticle(user, {
      id: request.id,
      expectedVersion: request.expectedVersion,
      input: request.input as never,
      reason: request.autosave ? 'autosave' : 'save',
      flagUpdate: request.flagUpdate && !request.autosave,
      restoredFrom: request.restoredFrom,
    });
    return { ok: true, version: change.version, slug: change.after?.slug, savedAt: new Date().toISOString(), message: request.autosave ? undefined : t('errors.saved') };
  },
  withConflict,
);

/** What the editor merges after a conflict: the version it started from and the one saved since. */
export const mergeSidesAction = jsonAction(
  { permission: 'article.create', schema: z.object({ id: z.number().int().positive(), baseVersion: z.number().int().positive() }) },
  async (request, user): Promise<{ ok: boolean; sides?: MergeSides; message?: string }> => ({ ok: true, sides: await getMergeSides(user, request) }),
);

const statusRequest = z.object({
  id: z.number().int().positive(),
  expectedVersion: z.number().int().positive(),
  to: z.enum(['draft', 'in_review', 'scheduled', 'published', 'unpublished']),
  publishAt: z.string().optional(),
  flagUpdate: z.boolean().default(false),
});

export const changeStatusAction = jsonAction(
  {
    // Contributors may submit and take back; scheduling, publishing and unpublishing need more.
    permission: (payload) => {
      const to = (payload as { to?: string } | null)?.to;
      return to === 'draft' || to === 'in_review' ? 'article.submit' : 'article.publish';
    },
    schema: statusRequest,
  },
  async (request, user, { t }): Promise<EditorResult> => {
    let publishAt: Date | null = null;
    if (request.to === 'scheduled') {
      publishAt = request.publishAt ? parseDateTimeLocalInput(request.publishAt) : null;
      if (!publishAt) throw new ExpectedError('bad_request', 'errors.future', { field: 'publishAt' });
    }
    const change = await changeStatus(user, { id: request.id, expectedVersion: request.expectedVersion, to: request.to, publishAt, flagUpdate: request.flagUpdate });
    return { ok: true, version: change.version, status: request.to, message: t('errors.saved') };
  },
  withConflict,
);

export const deleteArticleAction = jsonAction(
  { permission: 'article.delete', schema: z.object({ id: z.number().int().positive(), expectedVersion: z.number().int().positive() }) },
  async (request, user): Promise<EditorResult> => {
    await deleteArticle(user, request);
    return { ok: true };
  },
  withConflict,
);

/** The link dialog's search of the site's own articles. */
export const searchLinkTargetsAction = jsonAction(
  { permission: 'article.create', schema: z.object({ q: z.string().trim().min(1).max(200), locale: z.enum(['fr', 'ar']).optional() }) },
  async (request) => ({ ok: true, items: await searchLinkTargets(request) }),
);

export const createArticleAction = plainFormAction(
  { permission: 'article.create', schema: z.object({ locale: fields.locale().catch('fr'), title: z.string().trim().default('') }) },
  async (input, user, { locale }) => {
    const title = input.title || (input.locale === 'fr' ? 'Sans titre' : 'بدون عنوان');
    const created = await createArticle(user, { locale: input.locale, title });
    redirect(`/admin/${locale}/articles/${created.id}`);
  },
);

export const createTranslationAction = plainFormAction({ permission: 'article.create', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  const created = await createTranslation(user, id);
  redirect(`/admin/${locale}/articles/${created.id}`);
});
