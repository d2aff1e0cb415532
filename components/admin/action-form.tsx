'use client';

import { useActionState, type ReactNode } from 'react';
import type { FormState } from '@/lib/forms/form-state';
import { FormStateContext } from './form-state-context';

/**
 * The one admin form: runs a server action, shows its message, and hands field errors and the
 * submitted values to the fields inside (through context), so nothing typed is lost on error.
 */
export function ActionForm({
  action,
  locale,
  submitLabel,
  pendingLabel,
  children,
  className,
  danger,
  encType,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: 'fr' | 'ar';
  submitLabel: string;
  pendingLabel?: string;
  children?: ReactNode;
  className?: string;
  danger?: boolean;
  encType?: 'multipart/form-data';
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  return (
    <FormStateContext value={state}>
      <form action={formAction} className={className} encType={encType} noValidate>
        <input type="hidden" name="$locale" value={locale} />
        <FormMessage state={state} />
        {children}
        <button type="submit" disabled={pending} className={danger ? 'danger' : undefined}>
          {pending ? (pendingLabel ?? submitLabel) : submitLabel}
        </button>
      </form>
    </FormStateContext>
  );
}

/** What the last submit said: an alert when refused, a status otherwise. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  const error = state.status === 'error';
  return (
    <p role={error ? 'alert' : 'status'} className={error ? 'notice error' : 'notice ok'}>
      {state.message}
    </p>
  );
}
