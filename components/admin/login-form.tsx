'use client';

import { useState, type FormEvent } from 'react';

export interface LoginFormLabels {
  submit: string;
  invalid: string;
  throttled: string; // contains {seconds}
  expired: string;
}

/**
 * A plain form that posts to a route handler (so it works without JavaScript); with it, the
 * answer is read as JSON and shown in place, keeping what was typed.
 */
export function LoginForm({
  action,
  locale,
  labels,
  initialError,
  children,
}: {
  action: string;
  locale: 'fr' | 'ar';
  labels: LoginFormLabels;
  initialError?: string;
  children: React.ReactNode;
}) {
  const [error, setError] = useState(initialError ?? '');
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError('');
    try {
      const response = await fetch(action, { method: 'POST', body: new FormData(event.currentTarget), headers: { accept: 'application/json' } });
      const body = (await response.json().catch(() => ({}))) as { next?: string; error?: string; retryAfterSeconds?: number };
      if (response.ok && body.next) {
        window.location.assign(body.next);
        return;
      }
      if (response.status === 429) setError(labels.throttled.replace('{seconds}', String(body.retryAfterSeconds ?? 30)));
      else if (body.error === 'expired') setError(labels.expired);
      else setError(labels.invalid);
    } catch {
      setError(labels.invalid);
    }
    setPending(false);
  }

  return (
    <form method="post" action={action} onSubmit={onSubmit} noValidate={false}>
      <input type="hidden" name="locale" value={locale} />
      {children}
      <p role="alert" className="form-error" aria-live="assertive">
        {error}
      </p>
      <button type="submit" disabled={pending}>
        {labels.submit}
      </button>
    </form>
  );
}
