import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { withDb } from '@/db';
import { ERROR_MESSAGE_KEYS } from '@/lib/admin/action';
import { InvalidInputError } from '@/lib/admin/content-errors';
import { listMedia, mediaTextSchema, uploadMedia } from '@/lib/admin/media';
import { localizeIssues, type Translate } from '@/lib/admin/validation';
import { requireAdminUser } from '@/lib/auth/current-user';
import { isAppError } from '@/lib/errors';
import { isSameOrigin } from '@/lib/http/same-origin';
import { isAppLocale, type AppLocale } from '@/lib/i18n/routing';
import { MediaRejectedError, REJECTION_STATUS } from '@/lib/media/image';
import { readUploadForm } from '@/lib/media/upload-request';
import { logger } from '@/lib/observability/log.mjs';

/*
 * The media library for scripts in the admin (the article editor's picture picker):
 *   GET  ?q=&page=  → { items: [{ id, url, width, height, altFr, altAr, credit, variants }], page, pages }
 *   POST multipart file, altFr, altAr, credit → 201 with the new item, or { error, reason, fieldErrors? }.
 * `reason` and `fieldErrors` are in the admin language: `locale` (query or form field), else the user's.
 */

const NO_STORE = { 'Cache-Control': 'private, no-store' };

function localeFrom(...candidates: unknown[]): AppLocale {
  return (candidates.find(isAppLocale) as AppLocale | undefined) ?? 'fr';
}

async function errorResponse(error: unknown, locale: AppLocale): Promise<NextResponse> {
  const t = (await getTranslations({ locale, namespace: 'Admin' })) as unknown as Translate;
  const json = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status, headers: NO_STORE });
  if (error instanceof MediaRejectedError) {
    return json(REJECTION_STATUS[error.reason], { error: error.reason, reason: t(`media.rejected.${error.reason}`), fieldErrors: { file: [t(`media.rejected.${error.reason}`)] } });
  }
  if (error instanceof InvalidInputError) {
    const te: Translate = (key, params) => t(`errors.${key}`, params);
    return json(400, { error: 'invalid', reason: t('errors.form'), fieldErrors: localizeIssues(error.issues, te) });
  }
  if (isAppError(error)) {
    const key = ERROR_MESSAGE_KEYS[error.code];
    return json(error.status, { error: error.code, reason: t(`errors.${key}`) });
  }
  logger('media api').error({ err: error }, 'failed');
  return json(500, { error: 'internal', reason: t('errors.internal') });
}

function crossOrigin(locale: AppLocale): Promise<NextResponse> {
  return getTranslations({ locale, namespace: 'Admin' }).then((t) =>
    NextResponse.json({ error: 'cross_origin', reason: t('media.crossOrigin') }, { status: 403, headers: NO_STORE }),
  );
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  let locale = localeFrom(url.searchParams.get('locale'));
  if (!isSameOrigin(request)) return crossOrigin(locale);
  try {
    const user = await requireAdminUser('media.upload');
    locale = localeFrom(url.searchParams.get('locale'), user.locale);
    const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
    const result = await withDb('media list', (db) => listMedia(db, { q: url.searchParams.get('q') ?? '', page: Number.isFinite(page) ? page : 1 }));
    const items = result.items.map(({ id, url: itemUrl, width, height, altFr, altAr, credit, variants }) => ({ id, url: itemUrl, width, height, altFr, altAr, credit, variants }));
    return NextResponse.json({ items, page: result.page, pages: result.pages }, { headers: NO_STORE });
  } catch (error) {
    return errorResponse(error, locale);
  }
}

export async function POST(request: Request) {
  const url = new URL(request.url);
  let locale = localeFrom(url.searchParams.get('locale'));
  if (!isSameOrigin(request)) return crossOrigin(locale);
  try {
    const user = await requireAdminUser('media.upload');
    locale = localeFrom(url.searchParams.get('locale'), user.locale);
    const form = await readUploadForm(request);
    locale = localeFrom(url.searchParams.get('locale'), form.get('locale'), form.get('$locale'), user.locale);
    const file = form.get('file');
    const text = mediaTextSchema.safeParse({ altFr: form.get('altFr') ?? '', altAr: form.get('altAr') ?? '', credit: form.get('credit') ?? '' });
    const issues = [...(text.success ? [] : text.error.issues)];
    if (!(file instanceof File) || file.size === 0) {
      issues.push({ code: 'invalid_type', expected: 'file', path: ['file'], message: 'required', input: undefined } as (typeof issues)[number]);
    }
    if (issues.length) throw new InvalidInputError(issues);
    const item = await withDb('media upload', async (db) =>
      uploadMedia(db, user, { ...text.data!, bytes: new Uint8Array(await (file as File).arrayBuffer()), originalName: (file as File).name }),
    );
    return NextResponse.json(item, { status: 201, headers: { ...NO_STORE, Location: item.url } });
  } catch (error) {
    return errorResponse(error, locale);
  }
}
