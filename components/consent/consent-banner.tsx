'use client';

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { Choices, ConsentState } from '@/lib/consent/consent';
import { ConsentForm, type ConsentLabels } from './consent-form';

export const CONSENT_EVENT = 'jarida:consent';

/**
 * The banner island: shown on the first response when the proxy found no current choice,
 * reopened by any [data-consent-open] link (the footer's "Gérer mes cookies"). It submits
 * without a reload and tells the page's other islands (ads, embeds) about the new choice.
 */
export function ConsentBanner({
  locale,
  labels,
  initialOpen,
  initialChoices,
  customizeHref,
  savedMessage,
}: {
  locale: 'fr' | 'ar';
  labels: ConsentLabels;
  initialOpen: boolean;
  initialChoices: Choices;
  customizeHref: string;
  savedMessage: string;
}) {
  const [open, setOpen] = useState(initialOpen);
  const [showPurposes, setShowPurposes] = useState(false);
  const [choices, setChoices] = useState(initialChoices);
  const [status, setStatus] = useState<string | null>(null);
  const titleId = useId();
  const returnFocus = useRef<HTMLElement | null>(null);

  const reopen = useCallback((opener: HTMLElement | null) => {
    returnFocus.current = opener;
    setShowPurposes(true);
    setOpen(true);
    setStatus(null);
    // Move focus into the dialog once it is rendered, so keyboard users land on it.
    requestAnimationFrame(() => document.getElementById(titleId)?.focus());
  }, [titleId]);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-consent-open], [data-consent-customize]');
      if (!target) return;
      // Capture phase, and stop it there: the footer link is a router link that would otherwise navigate away.
      event.preventDefault();
      event.stopPropagation();
      reopen(target.hasAttribute('data-consent-open') ? target : returnFocus.current);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [reopen]);

  useEffect(() => {
    if (!open || !showPurposes) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        returnFocus.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open, showPurposes]);

  async function onSubmit(event: FormEvent<HTMLDivElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const action = submitter?.value;
    if (action !== 'accept-all' && action !== 'reject-all' && action !== 'save') return;
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const picked = Object.fromEntries(['analytics', 'ads', 'personalizedAds', 'embeds'].map((key) => [key, form.get(key) === 'on']));
    try {
      const response = await fetch('/api/consent', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action, locale, choices: picked }),
      });
      if (!response.ok) throw new Error(((await response.json()) as { error?: string }).error ?? response.statusText);
      const { consent } = (await response.json()) as { consent: ConsentState };
      setChoices(consent.c);
      setOpen(false);
      setShowPurposes(false);
      setStatus(savedMessage);
      window.dispatchEvent(new CustomEvent(CONSENT_EVENT, { detail: consent.c }));
      (returnFocus.current ?? document.getElementById('main'))?.focus?.();
    } catch (error) {
      setStatus((error as Error).message);
    }
  }

  return (
    <>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {open ? (
        <div className="consent" role="dialog" aria-modal="false" aria-labelledby={titleId} data-testid="consent-banner">
          <div className="consent__inner" onSubmitCapture={onSubmit}>
            <ConsentForm
              locale={locale}
              labels={labels}
              choices={choices}
              showPurposes={showPurposes}
              titleId={titleId}
              customizeHref={customizeHref}
            />
          </div>
        </div>
      ) : null}
    </>
  );
}
