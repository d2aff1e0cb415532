import 'server-only';
import { NextResponse } from 'next/server';
import { isSameOrigin } from '@/lib/http/same-origin';
import { toLocale, type AppLocale } from '@/lib/i18n/routing';
import { sessionCookieName, sessionCookieOptions } from './cookie';

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

export function foreignOriginResponse(request: Request): NextResponse | null {
  return isSameOrigin(request.headers, 'unless-cross-site') ? null : NextResponse.json({ error: 'cross_origin', reason: 'Request must come from this site' }, { status: 403 });
}

/**
 * A sign-in step's form post: refused when it comes from another site; otherwise its fields (null
 * when the body is not a form), the language its page was in, and whether the script wants JSON.
 */
export async function readSignInPost(
  request: Request,
): Promise<{ refused: NextResponse } | { refused: null; form: FormData | null; locale: AppLocale; json: boolean }> {
  const refused = foreignOriginResponse(request);
  if (refused) return { refused };
  const form = await request.formData().catch(() => null);
  return { refused: null, form, locale: toLocale(form?.get('locale')), json: wantsJson(request) };
}

export function withSessionCookie(response: NextResponse, token: string, expiresAt: Date): NextResponse {
  response.cookies.set(sessionCookieName(), token, sessionCookieOptions(expiresAt));
  return response;
}

export function clearSessionCookie(response: NextResponse): NextResponse {
  response.cookies.set(sessionCookieName(), '', { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
  return response;
}
