'use client';

import { useActionState, type ReactNode } from 'react';
import { FormMessage } from '@/components/admin/action-form';
import { FormStateContext } from '@/components/admin/form-state-context';
import type { FormState } from '@/lib/forms/form-state';

export type RecoveryCodesState = FormState & { recoveryCodes?: string[] };

/**
 * A form whose action hands back recovery codes. They exist in plain text only in that answer,
 * so they are shown here, in place of the form (and of `children`, e.g. the QR code), and never
 * again; "continue" then loads the page afresh.
 */
export function RecoveryCodesForm({
  action,
  locale,
  submitLabel,
  labels,
  continueHref,
  children,
  fields,
  danger,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  locale: 'fr' | 'ar';
  submitLabel: string;
  labels: { title: string; help: string; list: string; continue: string };
  continueHref: string;
  children?: ReactNode;
  fields?: ReactNode;
  danger?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, { status: 'idle' } as FormState);
  const codes = (state as RecoveryCodesState).recoveryCodes;
  if (state.status === 'ok' && codes) {
    return (
      <div className="recovery-codes" role="status">
        <h3>{labels.title}</h3>
        {state.message && <p className="notice ok">{state.message}</p>}
        <p>{labels.help}</p>
        <ol aria-label={labels.list} dir="ltr" style={{ fontFamily: 'monospace', fontSize: 16, columns: 2 }}>
          {codes.map((code) => (
            <li key={code}>
              <code>{code}</code>
            </li>
          ))}
        </ol>
        <a className="button" href={continueHref}>
          {labels.continue}
        </a>
      </div>
    );
  }
  return (
    <FormStateContext value={state}>
      {children}
      <form action={formAction} noValidate>
        <input type="hidden" name="$locale" value={locale} />
        <FormMessage state={state} />
        {fields}
        <button type="submit" disabled={pending} className={danger ? 'danger' : undefined}>
          {submitLabel}
        </button>
      </form>
    </FormStateContext>
  );
}
