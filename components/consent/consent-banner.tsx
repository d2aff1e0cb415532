'use client';

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { saveConsent, storedChoices, useHasCurrentChoice } from '@/lib/consent/client';
import { NO_CONSENT, type Choices } from '@/lib/consent/consent';
import { ConsentForm, type ConsentLabels } from './consent-form';

/**
 * The banner island. It is part of every static page, so readers without JavaScript get a
 * working plain form; a head script hides it before the first paint when the reader already
 * has a current choice, and once hydrated the island removes it. Any [data-consent-open] link
 * (the footer's "Gérer mes cookies") reopens it; it submits without a reload and tells the
 * page's other islands (ads, embeds) about the new choice.
 */
export function ConsentBanner({
  locale,
  labels,
  customizeHref,
  savedMessage,
}: {
  locale: 'fr' | 'ar';
  labels: ConsentLabels;
  customizeHref: string;
  savedMessage: string;
}) {
  const hasChoice = useHasCurrentChoice();
  // null: follow the stored choice (ask when there is none); true/false: the reader opened or closed it.
  const [forced, setForced] = useState<boolean | null>(null);
  const open = forced ?? hasChoice !== true;
  const [showPurposes, setShowPurposes] = useState(false);
  const [choices, setChoices] = useState<Choices>(NO_CONSENT);
  const [status, setStatus] = useState<string | null>(null);
  const titleId = useId();
  const returnFocus = useRef<HTMLElement | null>(null);

  const reopen = useCallback((opener: HTMLElement | null) => {
    returnFocus.current = opener;
    setChoices(storedChoices());
    setShowPurposes(true);
    setForced(true);
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
        setForced(false);
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
      setChoices(await saveConsent({ action, locale, choices: picked as Choices }));
      setForced(false);
      setShowPurposes(false);
      setStatus(savedMessage);
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
        <div
          className="consent"
          role="dialog"
          aria-modal="false"
          aria-labelledby={titleId}
          data-testid="consent-banner"
          // Until hydration knows the cookie, the head script's mark may hide it (see globals.css).
          data-consent-pending={hasChoice === null && forced === null ? '' : undefined}
        >
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
