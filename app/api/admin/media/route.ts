import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { describeError, InvalidInputError } from '@/lib/admin/errors';
import { listMedia, mediaTextSchema, uploadMedia } from '@/lib/admin/media';
import type { Translate } from '@/lib/admin/validation';
import { requireAdminUser, type AdminUser } from '@/lib/auth/current-user';
import { isSameOrigin } from '@/lib/http/same-origin';
import { isAppLocale, toLocale, type AppLocale } from '@/lib/i18n/routing';
import { readUploadForm } from '@/lib/media/upload-request';

/*
 * The media library for scripts in the admin (the article editor's picture picker):
 *   GET  ?q=&page=  → { items: [{ id, url, path, thumbUrl, width, height, altFr, altAr, credit, focalX, focalY, originalName, bytes, createdAt, variants }], page, pages }
 *   POST multipart file, altFr, altAr, credit → 201 with the new item, or { error, reason, fieldErrors? }.
 * `reason` and `fieldErrors` are in the admin language: `locale` (query or form field), else the user's.
 */

const NO_STORE = { 'Cache-Control': 'private, no-store' };

function localeFrom(...candidates: unknown[]): AppLocale {
  return toLocale(candidates.find(isAppLocale));
}

async function errorResponse(error: unknown, locale: AppLocale): Promise<NextResponse> {
  const t = (await getTranslations({ locale, namespace: 'Admin' })) as unknown as Translate;
  const json = (status: number, body: Record<string, unknown>) => NextResponse.json(body, { status, headers: NO_STORE });
  // The same mapping as the admin's actions: a status, a code, a localized reason and field errors.
  const { status, code, message, fieldErrors } = describeError(error, t);
  return json(status, fieldErrors ? { error: code, reason: message, fieldErrors } : { error: code, reason: message });
}

function crossOrigin(locale: AppLocale): Promise<NextResponse> {
  return getTranslations({ locale, namespace: 'Admin' }).then((t) =>
    NextResponse.json({ error: 'cross_origin', reason: t('media.crossOrigin') }, { status: 403, headers: NO_STORE }),
  );
}

/**
 * What both methods share: the same-origin check, the media permission, and any failure answered
 * as JSON in the admin language. `run` may refine that language (an upload form names its own).
 */
async function mediaRoute(
  request: Request,
  run: (context: { url: URL; user: AdminUser; setLocale: (locale: AppLocale) => void }) => Promise<NextResponse>,
): Promise<NextResponse> {
  const url = new URL(request.url);
  let locale = localeFrom(url.searchParams.get('locale'));
  if (!isSameOrigin(request.headers, 'unless-cross-site')) return crossOrigin(locale);
  try {
    const user = await requireAdminUser('media.upload');
    locale = localeFrom(url.searchParams.get('locale'), user.locale);
    return await run({ url, user, setLocale: (chosen) => (locale = chosen) });
  } catch (error) {
    return errorResponse(error, locale);
  }
}

export async function GET(request: Request) {
  return mediaRoute(request, async ({ url }) => {
    const page = Number.parseInt(url.searchParams.get('page') ?? '1', 10);
    const result = await listMedia({ q: url.searchParams.get('q') ?? '', page: Number.isFinite(page) ? page : 1 });
    const items = result.items.map(({ id, url: itemUrl, path, thumbUrl, width, height, altFr, altAr, credit, focalX, focalY, originalName, bytes, createdAt, variants }) => ({
      id,
      url: itemUrl,
      path,
      thumbUrl,
      width,
      height,
      altFr,
      altAr,
      credit,
      focalX,
      focalY,
      originalName,
      bytes,
      createdAt: createdAt.toISOString(),
      variants,
    }));
    return NextResponse.json({ items, page: result.page, pages: result.pages }, { headers: NO_STORE });
  });
}

export async function POST(request: Request) {
  return mediaRoute(request, async ({ url, user, setLocale }) => {
    const form = await readUploadForm(request);
    setLocale(localeFrom(url.searchParams.get('locale'), form.get('locale'), form.get('$locale'), user.locale));
    const file = form.get('file');
    const text = mediaTextSchema.safeParse({ altFr: form.get('altFr') ?? '', altAr: form.get('altAr') ?? '', credit: form.get('credit') ?? '' });
    const issues = [...(text.success ? [] : text.error.issues)];
    if (!(file instanceof File) || file.size === 0) {
      issues.push({ code: 'invalid_type', expected: 'file', path: ['file'], message: 'required', input: undefined } as (typeof issues)[number]);
    }
    if (issues.length) throw new InvalidInputError(issues);
    const item = await uploadMedia(user, { ...text.data!, bytes: new Uint8Array(await (file as File).arrayBuffer()), originalName: (file as File).name });
    return NextResponse.json(item, { status: 201, headers: { ...NO_STORE, Location: item.url } });
  });
}
