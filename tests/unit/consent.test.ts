import { describe, expect, it } from 'vitest';
import {
  ALL_CONSENT,
  CONSENT_REVISION,
  consentCookieHeader,
  consentHeadScript,
  effectiveChoices,
  isCurrent,
  NO_CONSENT,
  normaliseChoices,
  parseConsent,
  serializeConsent,
  type ConsentState,
} from '@/lib/consent/consent';
import { parseEmbedUrl } from '@/lib/rich-text';

const now = new Date('2026-11-23T12:00:00Z');
const state: ConsentState = { id: '6f1c1d2e-8a4b-4c3d-9e2f-0a1b2c3d4e5f', rev: CONSENT_REVISION, at: '2026-11-20T08:00:00.000Z', c: ALL_CONSENT };

/** Runs the head script against a cookie string at a given time; true when it marked <html>. */
function headScriptMarks(cookie: string, at: Date): boolean {
  const marks: string[] = [];
  const document = { cookie, documentElement: { setAttribute: (name: string) => marks.push(name) } };
  const FixedDate = class extends Date {
    static override now() {
      return at.getTime();
    }
  };
  new Function('document', 'Date', 'atob', consentHeadScript())(document, FixedDate, atob);
  return marks.includes('data-consent');
}

describe('consent head script', () => {
  it('hides the static banner before paint exactly when the stored choice is current', () => {
    const cookie = (value: ConsentState) => `other=1; jarida_consent=${serializeConsent(value)}; x=y`;
    const cases: [string, ConsentState][] = [
      ['current', state],
      ['older than six months', { ...state, at: '2026-05-01T00:00:00.000Z' }],
      ['from a newer policy revision', { ...state, rev: CONSENT_REVISION + 1 }],
      ['dated far in the future', { ...state, at: '2027-01-01T00:00:00.000Z' }],
    ];
    for (const [label, value] of cases) expect(headScriptMarks(cookie(value), now), label).toBe(isCurrent(value, now));
    expect(headScriptMarks('', now)).toBe(false);
    expect(headScriptMarks('jarida_consent=%%%not-base64', now)).toBe(false);
    expect(headScriptMarks(`xjarida_consent=${serializeConsent(state)}`, now)).toBe(false);
  });
});

describe('consent cookie', () => {
  it('round-trips through the cookie value', () => {
    expect(parseConsent(serializeConsent(state))).toEqual(state);
  });

  it('reads tampered, foreign or oversized values as no consent', () => {
    expect(parseConsent('not-base64-json')).toBeNull();
    expect(parseConsent(serializeConsent({ ...state, c: { ...state.c, ads: 'yes' as unknown as boolean } }))).toBeNull();
    expect(parseConsent(serializeConsent({ ...state, id: 'x' }))).toBeNull();
    expect(parseConsent('a'.repeat(5000))).toBeNull();
    expect(parseConsent(undefined)).toBeNull();
  });

  it('asks again after six months or when the policy revision changes', () => {
    expect(isCurrent(state, now)).toBe(true);
    expect(isCurrent({ ...state, at: '2026-05-01T00:00:00.000Z' }, now)).toBe(false);
    expect(isCurrent({ ...state, rev: CONSENT_REVISION + 1 }, now)).toBe(false);
    expect(effectiveChoices({ ...state, rev: CONSENT_REVISION + 1 }, now)).toEqual(NO_CONSENT);
    expect(effectiveChoices(null, now)).toEqual(NO_CONSENT);
  });

  it('never grants personalised ads without ads', () => {
    expect(normaliseChoices({ ...NO_CONSENT, personalizedAds: true })).toEqual(NO_CONSENT);
  });

  it('is a first-party, SameSite cookie kept six months, Secure in production', () => {
    const header = consentCookieHeader(state, true);
    expect(header).toMatch(/^jarida_consent=[\w-]+; Path=\/; Max-Age=15724800; SameSite=Lax; Secure$/);
    expect(consentCookieHeader(state, false)).not.toMatch(/Secure/);
  });
});

describe('embeds', () => {
  it('recognises YouTube and X URLs and builds privacy-friendly frame URLs', () => {
    expect(parseEmbedUrl('https://www.youtube.com/watch?v=jArIdA-Fig01')).toEqual({
      provider: 'youtube',
      url: 'https://www.youtube.com/watch?v=jArIdA-Fig01',
      frameSrc: 'https://www.youtube-nocookie.com/embed/jArIdA-Fig01',
    });
    expect(parseEmbedUrl('https://youtu.be/jArIdA-Fig01')?.provider).toBe('youtube');
    expect(parseEmbedUrl('https://x.com/jarida/status/1234567890')?.frameSrc).toBe('https://platform.twitter.com/embed/Tweet.html?id=1234567890');
  });

  it('refuses anything else', () => {
    expect(parseEmbedUrl('https://evil.example/watch?v=abcdefgh')).toBeNull();
    expect(parseEmbedUrl('javascript:alert(1)')).toBeNull();
    expect(parseEmbedUrl('https://www.youtube.com/watch?v=<script>')).toBeNull();
    expect(parseEmbedUrl('/fr/article/x')).toBeNull();
  });
});
