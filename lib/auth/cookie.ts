/**
 * The admin session cookie. In production it carries the __Host- prefix, which browsers only
 * accept with Secure, Path=/ and no Domain, so no subdomain or plain-HTTP page can plant one.
 */
export function sessionCookieName(): string {
  return process.env.NODE_ENV === 'production' ? '__Host-jarida_session' : 'jarida_session';
}

export function sessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    expires: expiresAt,
  };
}
