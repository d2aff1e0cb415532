'use client';

import { useId, type ReactNode } from 'react';
import { useFormState } from './form-state-context';
import { Options } from './options';

type InputProps = {
  name: string;
  label: string;
  hint?: string;
  defaultValue?: string | number | null;
  type?: 'text' | 'email' | 'password' | 'url' | 'number' | 'datetime-local' | 'date' | 'search';
  required?: boolean;
  dir?: 'ltr' | 'rtl' | 'auto';
  multiline?: boolean;
  rows?: number;
  autoComplete?: string;
  maxLength?: number;
};

/** What a control needs to be tied to its label, hint and errors. */
export interface ControlAria {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

/**
 * The frame every field shares: the label, the control, a hint and the errors, tied together by
 * ids. The control itself is the caller's (uncontrolled in forms, controlled in the editor).
 */
export function FieldFrame({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (aria: ControlAria) => ReactNode;
}) {
  const describedBy = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': errors ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {errors && (
        <span className="error" id={`${id}-error`}>
          {errors.join(' ')}
        </span>
      )}
    </div>
  );
}

/** The errors of a form field and, after a failed submit, what the user sent for it. */
function useSubmitted(name: string) {
  const state = useFormState();
  const sent = state.status === 'error' ? state.values?.[name] : undefined;
  return { status: state.status, errors: state.fieldErrors?.[name], sent };
}

/**
 * A labelled input that shows its server-side errors and, after a failed submit, the value the
 * user sent (not the stored one), so corrections never start from scratch.
 */
export function Field({ name, label, hint, defaultValue, type = 'text', required, dir, multiline, rows, autoComplete, maxLength }: InputProps) {
  const id = useId();
  const { status, errors, sent } = useSubmitted(name);
  const value = String(typeof sent === 'string' ? sent : (defaultValue ?? ''));
  // Keyed on the echoed value so the field re-mounts with it after each submit.
  const key = `${status}-${value}`;
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(aria) =>
        multiline ? (
          <textarea key={key} {...aria} name={name} required={required} dir={dir} maxLength={maxLength} defaultValue={value} rows={rows ?? 3} />
        ) : (
          <input key={key} {...aria} name={name} required={required} dir={dir} maxLength={maxLength} defaultValue={value} type={type} autoComplete={autoComplete} />
        )
      }
    </FieldFrame>
  );
}

export function SelectField({
  name,
  label,
  options,
  defaultValue,
  multiple,
  hint,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  defaultValue?: string | string[] | null;
  multiple?: boolean;
  hint?: string;
}) {
  const id = useId();
  const { status, errors, sent } = useSubmitted(name);
  const value = sent !== undefined ? sent : (defaultValue ?? (multiple ? [] : ''));
  const normalised = multiple ? (Array.isArray(value) ? value : [String(value)]) : Array.isArray(value) ? value[0] : String(value);
  return (
    <FieldFrame id={id} label={label} hint={hint} errors={errors}>
      {(aria) => (
        <select {...aria} name={name} multiple={multiple} defaultValue={normalised as string | string[]} key={`${status}-${String(normalised)}`}>
          <Options options={options} />
        </select>
      )}
    </FieldFrame>
  );
}

export function CheckboxField({ name, label, defaultChecked }: { name: string; label: ReactNode; defaultChecked?: boolean }) {
  const id = useId();
  const state = useFormState();
  const sent = state.status === 'error' ? state.values?.[name] === 'on' : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>
        <input id={id} type="checkbox" name={name} defaultChecked={sent ?? defaultChecked} key={`${state.status}-${String(sent)}`} /> {label}
      </label>
    </div>
  );
}
