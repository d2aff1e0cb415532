import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { clientAddress } from '@/lib/http/client-address';
import { signIn } from '@/lib/auth/sign-in';
import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password';
import { readSignInPost, withSessionCookie } from '@/lib/auth/route-helpers';

const schema = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

/**
 * The password step of sign-in. A route handler rather than a server action so that a refused
 * attempt can answer with the right status (401, 429 with Retry-After). Works as a plain form
 * post (redirects) and from the login page's script (JSON).
 */
export async function POST(request: NextRequest) {
  const post = await readSignInPost(request);
  if (post.refused) return post.refused;
  const { form, locale, json } = post;
  const parsed = schema.safeParse({ email: form?.get('email'), password: form?.get('password') });
  const loginUrl = (error: string) => new URL(`/admin/${locale}/login?error=${error}`, request.url);
  if (!parsed.success) {
    return json
      ? NextResponse.json({ error: 'invalid', reason: 'E-mail and password are required' }, { status: 400 })
      : NextResponse.redirect(loginUrl('invalid'), 303);
  }

  const ip = clientAddress();
  const result = await signIn({ ...parsed.data, ip, userAgent: request.headers.get('user-agent') ?? '' });
  if (result.kind === 'throttled') {
    const headers = { 'Retry-After': String(result.retryAfterSeconds) };
    return json
      ? NextResponse.json({ error: 'throttled', retryAfterSeconds: result.retryAfterSeconds }, { status: 429, headers })
      : NextResponse.redirect(new URL(`${loginUrl('throttled')}&wait=${result.retryAfterSeconds}`), { status: 303, headers });
  }
  if (result.kind === 'invalid') {
    return json ? NextResponse.json({ error: 'invalid' }, { status: 401 }) : NextResponse.redirect(loginUrl('invalid'), 303);
  }
  const next = result.kind === 'mfa_required' ? `/admin/${locale}/login/two-factor` : `/admin/${locale}`;
  const response = json ? NextResponse.json({ next }) : NextResponse.redirect(new URL(next, request.url), 303);
  return withSessionCookie(response, result.token, result.expiresAt);
}
