import 'server-only';
import { NextResponse } from 'next/server';
import { isSameOrigin } from '@/lib/http/same-origin';
import { sessionCookieName, sessionCookieOptions } from './cookie';

export function wantsJson(request: Request): boolean {
  return (request.headers.get('accept') ?? '').includes('application/json');
}

export function foreignOriginResponse(request: Request): NextResponse | null {
  return isSameOrigin(request.headers, 'unless-cross-site') ? null : NextResponse.json({ error: 'cross_origin', reason: 'Request must come from this site' }, { status: 403 });
}

export function withSessionCookie(response: NextResponse, token: string, expiresAt: Date): NextResponse {
  response.cookies.set(sessionCookieName(), token, sessionCookieOptions(expiresAt));
  return response;
}

export function clearSessionCookie(response: NextResponse): NextResponse {
  response.cookies.set(sessionCookieName(), '', { ...sessionCookieOptions(new Date(0)), maxAge: 0 });
  return response;
}
