import { useSyncExternalStore } from 'react';
import { readBrowserCookie } from '@/lib/browser-cookie';
import { CONSENT_COOKIE, effectiveChoices, isCurrent, NO_CONSENT, parseConsent, type Choices, type ConsentState } from './consent';

/*
 * The reader's consent as browser islands see it. Pages are served as the same static bytes to
 * every reader, so the cookie is read here, in the browser, and never on the server for a page.
 */

/** Dispatched on window after a new choice is stored, so every island on the page follows it. */
export const CONSENT_EVENT = 'jarida:consent';

function readCookie(): ConsentState | null {
  return parseConsent(readBrowserCookie(CONSENT_COOKIE));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CONSENT_EVENT, onChange);
  return () => window.removeEventListener(CONSENT_EVENT, onChange);
}

/** What this reader agreed to, right now: nothing optional unless a current choice says so. */
export function storedChoices(): Choices {
  return effectiveChoices(readCookie(), new Date());
}

// Snapshots must be stable between calls, so they are compared as strings.
const choicesKey = () => JSON.stringify(storedChoices());
const NONE_KEY = JSON.stringify(NO_CONSENT);

/** The reader's effective choices; the server render (and readers without JavaScript) get none. */
export function useConsentChoices(): Choices {
  return JSON.parse(useSyncExternalStore(subscribe, choicesKey, () => NONE_KEY)) as Choices;
}

/**
 * Whether the reader has a current choice: null during the server render and hydration, when
 * it cannot be known, then true or false.
 */
export function useHasCurrentChoice(): boolean | null {
  return useSyncExternalStore(
    subscribe,
    () => isCurrent(readCookie(), new Date()),
    () => null,
  );
}

/** Store a choice through the consent API and tell the page's islands about it. */
export async function saveConsent(body: { action: 'accept-all' | 'reject-all' | 'save'; locale: string; choices?: Choices }): Promise<Choices> {
  const response = await fetch('/api/consent', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.statusText);
  }
  const { consent } = (await response.json()) as { consent: ConsentState };
  window.dispatchEvent(new CustomEvent(CONSENT_EVENT, { detail: consent.c }));
  return consent.c;
}
