/**
 * The admin session cookie. In production it carries the __Host- prefix, which browsers only
 * accept with Secure, Path=/ and no Domain, so no subdomain or plain-HTTP page can plant one.
 */
export function sessionCookieName(): string {
  return process.env.NODE_ENV === 'production' ? SESSION_COOKIE_NAMES[0] : SESSION_COOKIE_NAMES[1];
}

/** Both names, for rules written at build time (next.config.ts) whatever NODE_ENV serves. */
export const SESSION_COOKIE_NAMES = ['__Host-jarida_session', 'jarida_session'] as const;

export function sessionCookieOptions(expiresAt: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: process.env.NODE_ENV === 'production',
    path: '/',
    expires: expiresAt,
  };
}
