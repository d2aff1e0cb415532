'use client';

import { useId } from 'react';

/**
 * The address a dialog asks for (a link's target, an embed's page), left to right in either
 * language, with the dialog's refusal announced beside it until the address changes. `type`:
 * 'url' lets the browser check it too; a link takes 'text', since a site path is no URL.
 */
export function AddressField({
  label,
  value,
  onChange,
  type,
  refusal,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type: 'url' | 'text';
  /** Why the address was refused; null while it is not. */
  refusal: string | null;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={`${id}-url`}>{label}</label>
      <input
        id={`${id}-url`}
        type={type}
        inputMode={type === 'text' ? 'url' : undefined}
        dir="ltr"
        value={value}
        autoFocus
        aria-invalid={refusal ? true : undefined}
        aria-describedby={refusal ? `${id}-error` : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {refusal && (
        <span id={`${id}-error`} className="error" role="alert">
          {refusal}
        </span>
      )}
    </div>
  );
}
