import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { sessionCookieName } from '@/lib/auth/cookie';
import { clientAddress } from '@/lib/http/client-address';
import { readSignInPost, withSessionCookie } from '@/lib/auth/route-helpers';
import { endSession, passSecondFactor, readSession } from '@/lib/auth/sign-in';

// Six digits from the app, or a recovery code (xxxx-xxxx-xxxx-xxxx, however it was typed).
const schema = z.object({ code: z.string().trim().min(6).max(40) });

/** The second step (TOTP or recovery code): turns a password-only session into a full one, under a new token. */
export async function POST(request: NextRequest) {
  const post = await readSignInPost(request);
  if (post.refused) return post.refused;
  const { form, locale, json } = post;
  const back = (error: string) => new URL(`/admin/${locale}/login/two-factor?error=${error}`, request.url);
  const token = request.cookies.get(sessionCookieName())?.value ?? '';
  const session = await readSession(token);
  if (!session) {
    return json ? NextResponse.json({ error: 'expired' }, { status: 401 }) : NextResponse.redirect(new URL(`/admin/${locale}/login?error=expired`, request.url), 303);
  }
  const parsed = schema.safeParse({ code: form?.get('code') });
  if (!parsed.success) return json ? NextResponse.json({ error: 'invalid' }, { status: 400 }) : NextResponse.redirect(back('invalid'), 303);

  const result = await passSecondFactor({ userId: session.user.id, code: parsed.data.code, ip: clientAddress(), userAgent: request.headers.get('user-agent') ?? '' });
  if (result.kind === 'throttled') {
    const headers = { 'Retry-After': String(result.retryAfterSeconds) };
    return json
      ? NextResponse.json({ error: 'throttled', retryAfterSeconds: result.retryAfterSeconds }, { status: 429, headers })
      : NextResponse.redirect(back('throttled'), { status: 303, headers });
  }
  if (result.kind !== 'ok') return json ? NextResponse.json({ error: 'invalid' }, { status: 401 }) : NextResponse.redirect(back('invalid'), 303);
  await endSession(token, { audited: false });
  const next = `/admin/${locale}`;
  const response = json ? NextResponse.json({ next }) : NextResponse.redirect(new URL(next, request.url), 303);
  return withSessionCookie(response, result.token, result.expiresAt);
}
