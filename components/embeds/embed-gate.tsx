'use client';

import { useState } from 'react';
import { saveConsent, storedChoices, useConsentChoices } from '@/lib/consent/client';
import type { EmbedAttrs } from '@/lib/rich-text';

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
  const allowed = useConsentChoices().embeds;
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    try {
      await saveConsent({ action: 'save', locale: document.documentElement.lang, choices: { ...storedChoices(), embeds: true } });
    } catch (failure) {
      setError((failure as Error).message);
    }
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
