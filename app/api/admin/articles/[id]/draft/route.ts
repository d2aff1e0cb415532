import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { ArticleConflictError, articleInputSchema, getArticleForEdit, saveArticle } from '@/lib/admin/articles';
import { describeError, ExpectedError, parseInput } from '@/lib/admin/errors';
import type { Translate } from '@/lib/admin/validation';
import { requireAdminUser } from '@/lib/auth/current-user';
import { autosaves, KEEPALIVE_BODY_LIMIT } from '@/lib/editor/autosave';
import { AppError } from '@/lib/errors';
import { parseIdParam } from '@/lib/http/id-param';
import { isSameOrigin } from '@/lib/http/same-origin';
import { isAppLocale, toLocale, type AppLocale } from '@/lib/i18n/routing';

/*
 * POST /api/admin/articles/<id>/draft?locale=fr|ar, JSON { expectedVersion, input }: the editor's
 * autosave sent with `keepalive` as the page is hidden or left (server actions cannot be), so it
 * arrives even when the tab is gone. The session cookie says who; the same data-layer save as the
 * editor's action, with the same version check: a conflict writes nothing (the browser's local
 * copy keeps the text). Only drafts and submissions are saved this way (lib/editor/autosave.ts).
 * Answers the editor's result shape: { ok, version, savedAt } or { ok: false, error, message,
 * fieldErrors?, conflict? } with a 4xx, in the admin language.
 */

const NO_STORE = { 'Cache-Control': 'private, no-store' };

const requestSchema = z.object({
  expectedVersion: z.number().int().positive(),
  input: z.record(z.string(), z.unknown()),
});

const TOO_LARGE = 'articles.localCopy.tooLarge';

/** Reads the body, refusing it as soon as it passes the keepalive limit (the editor never sends a larger one). */
async function readBoundedJson(request: Request): Promise<unknown> {
  const tooLarge = new ExpectedError('bad_request', TOO_LARGE);
  if (Number(request.headers.get('content-length') ?? 0) > KEEPALIVE_BODY_LIMIT) throw tooLarge;
  if (!request.body) throw new AppError('bad_request', 'Empty body');
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > KEEPALIVE_BODY_LIMIT) {
      await reader.cancel();
      throw tooLarge;
    }
    chunks.push(value);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (error) {
    throw new AppError('bad_request', 'Malformed JSON body', { cause: error });
  }
}

export async function POST(request: Request, { params }: RouteContext<'/api/admin/articles/[id]/draft'>) {
  const url = new URL(request.url);
  const queryLocale = url.searchParams.get('locale');
  let locale: AppLocale = toLocale(queryLocale);
  const t = async () => (await getTranslations({ locale, namespace: 'Admin' })) as unknown as Translate;
  if (!isSameOrigin(request.headers, 'unless-cross-site')) {
    return NextResponse.json({ ok: false, error: 'cross_origin', message: (await t())('media.crossOrigin') }, { status: 403, headers: NO_STORE });
  }
  try {
    const user = await requireAdminUser('article.create');
    if (!isAppLocale(queryLocale)) locale = toLocale(user.locale);
    const id = parseIdParam((await params).id);
    if (id === null) throw new AppError('not_found', 'No such article');
    const body = parseInput(requestSchema, await readBoundedJson(request));
    const article = await getArticleForEdit(id);
    if (!article) throw new AppError('not_found', 'No such article');
    // A published article changes only when its editor presses Save; leaving the page never publishes.
    if (!autosaves(article.status)) throw new ExpectedError('conflict', 'articles.localCopy.notAutosaved');
    // Checked here for the field errors; saveArticle parses it again, as for the editor's action.
    parseInput(articleInputSchema, body.input);
    const change = await saveArticle(user, { id, expectedVersion: body.expectedVersion, input: body.input as never, reason: 'autosave' });
    return NextResponse.json({ ok: true, version: change.version, savedAt: new Date().toISOString() }, { headers: NO_STORE });
  } catch (error) {
    const { status, code, message, fieldErrors } = describeError(error, await t());
    const conflict = error instanceof ArticleConflictError ? error.current : undefined;
    const tooLarge = error instanceof ExpectedError && error.messageKey === TOO_LARGE;
    return NextResponse.json(
      { ok: false, error: tooLarge ? 'too_large' : code, message, ...(fieldErrors && { fieldErrors }), ...(conflict && { conflict }) },
      { status: tooLarge ? 413 : status, headers: NO_STORE },
    );
  }
}
