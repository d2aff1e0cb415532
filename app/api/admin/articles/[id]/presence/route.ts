import { NextResponse } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { describeError } from '@/lib/admin/errors';
import { heartbeat, leave } from '@/lib/admin/presence';
import type { Translate } from '@/lib/admin/validation';
import { requireAdminUser, type AdminUser } from '@/lib/auth/current-user';
import { AppError } from '@/lib/errors';
import { isSameOrigin } from '@/lib/http/same-origin';
import { isAppLocale, toLocale, type AppLocale } from '@/lib/i18n/routing';

/*
 * Who else has an article open, for the editor's script (a route handler rather than an action,
 * so the leave can go out with `keepalive` while the tab closes):
 *   POST   { tabId } → { others: [{ userId, name }] }   the heartbeat, every ~15 s
 *   DELETE { tabId } → 204                                the tab left the article
 * Only signed-in users who may edit the article; refusals are { error, reason } in the admin language.
 */

const NO_STORE = { 'Cache-Control': 'private, no-store' };

/** What both methods share: the origin check, the session, the body, and failures as JSON. */
async function presenceRoute(request: Request, params: Promise<{ id: string }>, run: (user: AdminUser, input: { articleId: string; tabId: unknown }) => Promise<NextResponse>) {
  const query = new URL(request.url).searchParams.get('locale');
  let locale: AppLocale = toLocale(isAppLocale(query) ? query : undefined);
  try {
    if (!isSameOrigin(request.headers, 'unless-cross-site')) throw new AppError('forbidden', 'Cross-origin presence request refused');
    const user = await requireAdminUser('article.create');
    if (!isAppLocale(query)) locale = toLocale(user.locale);
    const body = (await request.json().catch(() => null)) as { tabId?: unknown } | null;
    return await run(user, { articleId: (await params).id, tabId: body?.tabId });
  } catch (error) {
    const t = (await getTranslations({ locale, namespace: 'Admin' })) as unknown as Translate;
    const { status, code, message, fieldErrors } = describeError(error, t);
    return NextResponse.json(fieldErrors ? { error: code, reason: message, fieldErrors } : { error: code, reason: message }, { status, headers: NO_STORE });
  }
}

export async function POST(request: Request, { params }: RouteContext<'/api/admin/articles/[id]/presence'>) {
  return presenceRoute(request, params, async (user, input) => {
    const others = await heartbeat(user, input);
    return NextResponse.json({ others }, { headers: NO_STORE });
  });
}

export async function DELETE(request: Request, { params }: RouteContext<'/api/admin/articles/[id]/presence'>) {
  return presenceRoute(request, params, async (user, input) => {
    await leave(user, input);
    return new NextResponse(null, { status: 204, headers: NO_STORE });
  });
}
