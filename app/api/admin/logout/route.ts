import { NextResponse, type NextRequest } from 'next/server';
import { withDb } from '@/db';
import { audit } from '@/lib/audit';
import { sessionCookieName } from '@/lib/auth/cookie';
import { clearSessionCookie, foreignOriginResponse } from '@/lib/auth/route-helpers';
import { revokeSession } from '@/lib/auth/sessions';
import { toLocale } from '@/lib/i18n/routing';

export async function POST(request: NextRequest) {
  const refused = foreignOriginResponse(request);
  if (refused) return refused;
  const form = await request.formData().catch(() => null);
  const locale = toLocale(form?.get('locale'));
  const token = request.cookies.get(sessionCookieName())?.value;
  if (token) {
    await withDb('logout', async (db) => {
      const userId = await revokeSession(db, token);
      if (userId !== null) await audit(db, { userId, action: 'session.logout', entityType: 'user', entityId: userId });
    });
  }
  return clearSessionCookie(NextResponse.redirect(new URL(`/admin/${locale}/login?status=logged-out`, request.url), 303));
}
