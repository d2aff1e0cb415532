import { NextResponse } from 'next/server';
import { liveEnv } from '@/lib/env';
import { adminCsp, createNonce, publicMediaOrigins } from './security-headers';

/**
 * Lets an admin request through with a fresh nonce: Next reads it from the request's
 * Content-Security-Policy header and stamps every script of the render with it; the browser gets
 * the same policy on the response.
 */
export function nextWithAdminCsp(requestHeaders: Headers): NextResponse {
  const { MEDIA_STORAGE, S3_PUBLIC_URL } = liveEnv();
  const policy = adminCsp(createNonce(), { dev: process.env.NODE_ENV === 'development', mediaOrigins: publicMediaOrigins(MEDIA_STORAGE, S3_PUBLIC_URL) });
  const headers = new Headers(requestHeaders);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}
