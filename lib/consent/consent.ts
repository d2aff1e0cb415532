/*
 * The reader's consent, shared by the consent API, the head script and the browser islands. Pure: no Next or Node imports, and no zod either, since this ships to the browser.
 */

export const CONSENT_COOKIE = 'jarida_consent';
/** Bump when the purposes or partners change: every reader is asked again. */
export const CONSENT_REVISION = 1;
/** CNIL guidance: ask again after six months, whether the reader accepted or refused. */
export const CONSENT_MAX_AGE_DAYS = 182;

export const PURPOSES = ['analytics', 'ads', 'personalizedAds', 'embeds'] as const;
export type Purpose = (typeof PURPOSES)[number];
export type Choices = Record<Purpose, boolean>;

export interface ConsentState {
  id: string;
  rev: number;
  at: string;
  c: Choices;
}

export const NO_CONSENT: Choices = { analytics: false, ads: false, personalizedAds: false, embeds: false };
export const ALL_CONSENT: Choices = { analytics: true, ads: true, personalizedAds: true, embeds: true };

/** Personalised advertising only makes sense on top of advertising. */
export function normaliseChoices(choices: Choices): Choices {
  return { ...choices, personalizedAds: choices.ads && choices.personalizedAds };
}

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string {
  const binary = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
}

export function serializeConsent(state: ConsentState): string {
  return toBase64Url(JSON.stringify(state));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function asConsentState(value: unknown): ConsentState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, rev, at, c } = value as Record<string, unknown>;
  if (typeof id !== 'string' || !UUID.test(id)) return null;
  if (typeof rev !== 'number' || !Number.isInteger(rev) || rev < 1) return null;
  if (typeof at !== 'string' || Number.isNaN(Date.parse(at))) return null;
  if (typeof c !== 'object' || c === null) return null;
  const choices = c as Record<string, unknown>;
  if (!PURPOSES.every((purpose) => typeof choices[purpose] === 'boolean')) return null;
  const picked = Object.fromEntries(PURPOSES.map((purpose) => [purpose, choices[purpose]])) as Choices;
  return { id, rev, at: new Date(at).toISOString(), c: picked };
}

/** Any malformed, tampered or foreign value reads as "no consent". */
export function parseConsent(value: string | null | undefined): ConsentState | null {
  if (!value || value.length > 1024) return null;
  try {
    return asConsentState(JSON.parse(fromBase64Url(value)));
  } catch {
    return null;
  }
}

/** A stored choice counts only under the current policy revision and for six months. */
export function isCurrent(state: ConsentState | null, now: Date): state is ConsentState {
  if (!state || state.rev !== CONSENT_REVISION) return false;
  const age = now.getTime() - new Date(state.at).getTime();
  return age >= -5 * 60_000 && age < CONSENT_MAX_AGE_DAYS * 86_400_000;
}

/** What pages may do for this reader: nothing optional unless a current choice says so. */
export function effectiveChoices(state: ConsentState | null, now: Date): Choices {
  return isCurrent(state, now) ? normaliseChoices(state.c) : NO_CONSENT;
}

export function consentCookieHeader(state: ConsentState, secure: boolean): string {
  // Not HttpOnly: the banner island reads it to know whether to ask; it holds no secret.
  return `${CONSENT_COOKIE}=${serializeConsent(state)}; Path=/; Max-Age=${CONSENT_MAX_AGE_DAYS * 86_400}; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/**
 * An inline script for the document head: it marks <html data-consent> before the first paint
 * when the reader already has a current choice, so the banner that is part of the static page
 * never flashes. It mirrors parseConsent + isCurrent; a unit test runs it against them.
 */
export function consentHeadScript(): string {
  const maxAge = CONSENT_MAX_AGE_DAYS * 86_400_000;
  return `try{var m=document.cookie.match(/(?:^|; )${CONSENT_COOKIE}=([^;]+)/);if(m){var s=JSON.parse(atob(m[1].replace(/-/g,'+').replace(/_/g,'/'))),a=Date.now()-Date.parse(s.at);if(s.rev===${CONSENT_REVISION}&&a>=-3e5&&a<${maxAge})document.documentElement.setAttribute('data-consent','')}}catch(e){}`;
}
