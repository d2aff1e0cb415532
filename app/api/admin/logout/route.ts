import { NextResponse, type NextRequest } from 'next/server';
import { sessionCookieName } from '@/lib/auth/cookie';
import { clearSessionCookie, foreignOriginResponse } from '@/lib/auth/route-helpers';
import { endSession } from '@/lib/auth/sign-in';
import { toLocale } from '@/lib/i18n/routing';

export async function POST(request: NextRequest) {
  const refused = foreignOriginResponse(request);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  const locale = toLocale(form?.get('locale'));
  const token = request.cookies.get(sessionCookieName())?.value;
  if (token) {
    await endSession(token, { audited: true });
  }
  return clearSessionCookie(NextResponse.redirect(new URL(`/admin/${locale}/login?status=logged-out`, request.url), 303));
}
