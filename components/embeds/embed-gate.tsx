'use client';

import { useState, useSyncExternalStore } from 'react';
import { CONSENT_EVENT } from '@/components/consent/consent-banner';
import { CONSENT_COOKIE, effectiveChoices, parseConsent, type ConsentState } from '@/lib/consent/consent';
import type { EmbedAttrs } from '@/lib/rich-text';

function subscribe(onChange: () => void) {
  window.addEventListener(CONSENT_EVENT, onChange);
  return () => window.removeEventListener(CONSENT_EVENT, onChange);
}

function cookieChoices() {
  const raw = document.cookie.split('; ').find((part) => part.startsWith(`${CONSENT_COOKIE}=`));
  return effectiveChoices(parseConsent(raw?.slice(CONSENT_COOKIE.length + 1)), new Date());
}

/**
 * A YouTube or X embed: a click-to-load placeholder (server-rendered, no third-party request)
 * until the reader accepts "social and video embeds", then the provider's frame.
 */
export function EmbedGate({
  embed,
  labels,
}: {
  embed: EmbedAttrs;
  labels: { placeholder: string; load: string; open: string; providerName: string };
}) {
  // The consent cookie is the source of truth; the server render (and readers without JavaScript) get the placeholder.
  const allowed = useSyncExternalStore(subscribe, () => cookieChoices().embeds, () => false);
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    const current = cookieChoices();
    const response = await fetch('/api/consent', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'save', locale: document.documentElement.lang, choices: { ...current, embeds: true } }),
    });
    if (!response.ok) {
      setError(((await response.json().catch(() => ({}))) as { error?: string }).error ?? response.statusText);
      return;
    }
    const { consent } = (await response.json()) as { consent: ConsentState };
    window.dispatchEvent(new CustomEvent(CONSENT_EVENT, { detail: consent.c }));
  }

  if (allowed) {
    return (
      <div className={`embed embed--${embed.provider}`}>
        <iframe
          src={embed.frameSrc}
          title={labels.providerName}
          loading="lazy"
          allow="encrypted-media; picture-in-picture"
          allowFullScreen
          referrerPolicy="strict-origin-when-cross-origin"
        />
      </div>
    );
  }
  return (
    <div className={`embed embed--${embed.provider} embed--placeholder`} data-testid="embed-placeholder">
      <p>{labels.placeholder}</p>
      <p className="embed__actions">
        <button type="button" className="button button--small" onClick={accept}>
          {labels.load}
        </button>
        <a href={embed.url} rel="noopener noreferrer nofollow" target="_blank">
          {labels.open}
        </a>
      </p>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}
