import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookie';
import { adminLocaleOf, clearSessionCookie, foreignOriginResponse } from '@/lib/auth/route-helpers';
import { endSession } from '@/lib/auth/sign-in';

export async function POST(request: NextRequest) {
  const refused = foreignOriginResponse(request);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  const locale = adminLocaleOf(form?.get('locale') ?? null);
  const token = request.cookies.get(sessionCookieName())?.value;
  if (token) {
    await endSession(token, { audited: true });
  }
  return clearSessionCookie(NextResponse.redirect(new URL(`/admin/${locale}/login?status=logged-out`, request.url), 303));
}
