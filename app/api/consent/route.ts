import { cookies } from 'next/headers';
import { z } from 'zod';
import {
  ALL_CONSENT,
  CONSENT_COOKIE,
  CONSENT_REVISION,
  consentCookieHeader,
  NO_CONSENT,
  normaliseChoices,
  parseConsent,
  PURPOSES,
  type Choices,
  type ConsentState,
} from '@/lib/consent/consent';
import { PURPOSE_COOKIES } from '@/lib/consent/cookie-list';
import { recordConsent } from '@/lib/data/consent';
import { isAppError } from '@/lib/errors';
import { isSameOrigin, safeReturnPath } from '@/lib/http/same-origin';
import { isAppLocale, routing, type AppLocale } from '@/lib/i18n/routing';
import { logger } from '@/lib/observability/log.mjs';

const bodySchema = z.object({
  action: z.enum(['accept-all', 'reject-all', 'save']),
  locale: z.string().optional(),
  choices: z.record(z.string(), z.unknown()).optional(),
});

function choicesFor(action: 'accept-all' | 'reject-all' | 'save', raw: Record<string, unknown>): Choices {
  if (action === 'accept-all') return ALL_CONSENT;
  if (action === 'reject-all') return NO_CONSENT;
  const picked = { ...NO_CONSENT };
  for (const purpose of PURPOSES) picked[purpose] = raw[purpose] === true || raw[purpose] === 'on' || raw[purpose] === 'true';
  return normaliseChoices(picked);
}

/**
 * Records a consent choice. The banner's plain form posts here (no JavaScript needed) and is
 * sent back to the page it came from; the banner island posts JSON and gets the new state.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request.headers, 'unless-cross-site')) {
    return Response.json({ error: 'Cross-origin consent submissions are not accepted.' }, { status: 403 });
  }
  const isJson = (request.headers.get('content-type') ?? '').includes('application/json');
  let raw: Record<string, unknown>;
  try {
    raw = isJson ? ((await request.json()) as Record<string, unknown>) : Object.fromEntries(await request.formData());
  } catch {
    return Response.json({ error: 'The request body could not be read.' }, { status: 400 });
  }
  const parsed = bodySchema.safeParse(isJson ? raw : { action: raw.action, locale: raw.locale, choices: raw });
  if (!parsed.success) {
    return Response.json({ error: 'action must be accept-all, reject-all or save.' }, { status: 400 });
  }
  const locale: AppLocale = isAppLocale(parsed.data.locale) ? parsed.data.locale : routing.defaultLocale;
  const previous = parseConsent((await cookies()).get(CONSENT_COOKIE)?.value);
  const state: ConsentState = {
    id: previous?.id ?? crypto.randomUUID(),
    rev: CONSENT_REVISION,
    at: new Date().toISOString(),
    c: choicesFor(parsed.data.action, parsed.data.choices ?? {}),
  };
  try {
    await recordConsent(state, locale);
  } catch (error) {
    // Without a record the choice could not be proven: say so instead of pretending.
    logger('consent').error({ err: error }, 'could not record a choice');
    return Response.json(
      { error: 'Your choice could not be saved right now. Please try again.' },
      { status: isAppError(error, 'database_unavailable') ? 503 : 500 },
    );
  }
  const secure = process.env.NODE_ENV === 'production' && new URL(request.url).protocol === 'https:';
  const headers = new Headers({ 'Set-Cookie': consentCookieHeader(state, secure), 'Cache-Control': 'no-store' });
  // Withdrawing is as easy as giving: cookies of a refused purpose go at once.
  for (const purpose of PURPOSES) {
    if (state.c[purpose]) continue;
    for (const name of PURPOSE_COOKIES[purpose]) headers.append('Set-Cookie', `${name}=; Path=/; Max-Age=0; SameSite=Lax`);
  }
  if (isJson) return Response.json({ consent: state }, { headers });
  headers.set('Location', safeReturnPath(request, `/${locale}`));
  return new Response(null, { status: 303, headers });
}
