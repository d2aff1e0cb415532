import 'server-only';
import { headers } from 'next/headers';
import { CONSENT_HEADER, effectiveChoices, isCurrent, parseConsent, type Choices, type ConsentState } from './consent';

/**
 * The consent the proxy read from the cookie. Reading request headers makes the caller dynamic,
 * so only small Suspense holes (banner, ad decisions, embeds) call this.
 */
export async function readConsent(): Promise<{ state: ConsentState | null; current: boolean; choices: Choices }> {
  const state = parseConsent((await headers()).get(CONSENT_HEADER));
  const now = new Date();
  return { state, current: isCurrent(state, now), choices: effectiveChoices(state, now) };
}
