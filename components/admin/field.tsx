'use client';

import { useId, type ReactNode } from 'react';
import { useFormState } from './form-state-context';

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

/**
 * A labelled input that shows its server-side errors and, after a failed submit, the value the
 * user sent (not the stored one), so corrections never start from scratch.
 */
export function Field({ name, label, hint, defaultValue, type = 'text', required, dir, multiline, rows, autoComplete, maxLength }: InputProps) {
  const id = useId();
  const state = useFormState();
  const errors = state.fieldErrors?.[name];
  const sent = state.status === 'error' ? state.values?.[name] : undefined;
  const value = typeof sent === 'string' ? sent : (defaultValue ?? '');
  const describedBy = [hint ? `${id}-hint` : null, errors ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name,
    required,
    dir,
    maxLength,
    'aria-invalid': errors ? true : undefined,
    'aria-describedby': describedBy,
    defaultValue: String(value),
  } as const;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* Keyed on the echoed value so the field re-mounts with it after each submit. */}
      {multiline ? (
        <textarea key={`${state.status}-${String(value)}`} {...common} rows={rows ?? 3} />
      ) : (
        <input key={`${state.status}-${String(value)}`} {...common} type={type} autoComplete={autoComplete} />
      )}
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
  const state = useFormState();
  const errors = state.fieldErrors?.[name];
  const sent = state.status === 'error' ? state.values?.[name] : undefined;
  const value = sent !== undefined ? sent : (defaultValue ?? (multiple ? [] : ''));
  const normalised = multiple ? (Array.isArray(value) ? value : [String(value)]) : Array.isArray(value) ? value[0] : String(value);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        name={name}
        multiple={multiple}
        defaultValue={normalised as string | string[]}
        key={`${state.status}-${String(normalised)}`}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-error` : undefined}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {hint && <span className="hint">{hint}</span>}
      {errors && (
        <span className="error" id={`${id}-error`}>
          {errors.join(' ')}
        </span>
      )}
    </div>
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
