'use client';

import { FieldFrame } from '@/components/admin/field';
import { Options } from '@/components/admin/options';

/**
 * The editor's controls: controlled (the editor's state is the truth, not the form), framed by
 * the same label, hint and error markup as every admin field. Ids are fixed, as the page has one
 * editor and its labels are addressed by them.
 */
type Frame = { id: string; label: string; hint?: string; errors?: string[] };
type Text = { value: string; onChange: (value: string) => void; dir?: 'ltr' | 'rtl'; lang?: string; maxLength?: number };

export function TextInput({ value, onChange, dir, lang, maxLength, type = 'text', className, ...frame }: Frame & Text & { type?: 'text' | 'datetime-local'; className?: string }) {
  return (
    <FieldFrame {...frame}>
      {(aria) => <input {...aria} type={type} value={value} onChange={(event) => onChange(event.target.value)} dir={dir} lang={lang} maxLength={maxLength} className={className} />}
    </FieldFrame>
  );
}

export function TextArea({ value, onChange, dir, lang, maxLength, rows, ...frame }: Frame & Text & { rows?: number }) {
  return (
    <FieldFrame {...frame}>
      {(aria) => <textarea {...aria} value={value} onChange={(event) => onChange(event.target.value)} dir={dir} lang={lang} maxLength={maxLength} rows={rows} />}
    </FieldFrame>
  );
}

type Option = { id: number; name: string };
const choices = (options: Option[]) => options.map((option) => ({ value: option.id, label: option.name }));

export function Select({ value, onChange, options, ...frame }: Frame & { value: number; onChange: (value: number) => void; options: Option[] }) {
  return (
    <FieldFrame {...frame}>
      {(aria) => (
        <select {...aria} value={value} onChange={(event) => onChange(Number(event.target.value))}>
          <Options options={choices(options)} />
        </select>
      )}
    </FieldFrame>
  );
}
