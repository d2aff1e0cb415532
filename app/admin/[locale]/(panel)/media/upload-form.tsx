'use client';

import { useRouter } from 'next/navigation';
import { useId, useRef } from 'react';
import { ActionForm } from '@/components/admin/action-form';
import { Field, FieldFrame } from '@/components/admin/field';
import { useFormState } from '@/components/admin/form-state-context';
import { useFileDrop } from '@/components/admin/use-file-drop';
import { formValues, type FormState } from '@/lib/forms/form-state';
import { ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES } from '@/lib/media/limits';

export interface UploadLabels {
  file: string;
  fileHint: string;
  altFr: string;
  altAr: string;
  altHint: string;
  credit: string;
  submit: string;
  pending: string;
  uploaded: string;
  form: string;
  tooLarge: string;
  failed: string;
  dropHint: string;
}

/**
 * Uploads go to the JSON API rather than a server action: the API reads the body with a hard
 * size limit and answers 413/415 with a localized reason, which this form shows on the fields.
 * The file picker cannot be refilled after an error (browsers forbid it); the texts are kept.
 */
export function UploadForm({ locale, labels }: { locale: 'fr' | 'ar'; labels: UploadLabels }) {
  const router = useRouter();
  async function upload(_state: FormState, formData: FormData): Promise<FormState> {
    const values = formValues(formData);
    const file = formData.get('file');
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      return { status: 'error', message: labels.form, fieldErrors: { file: [labels.tooLarge] }, values };
    }
    try {
      const response = await fetch(`/api/admin/media?locale=${locale}`, { method: 'POST', body: formData, headers: { accept: 'application/json' } });
      const body = (await response.json().catch(() => null)) as { reason?: string; fieldErrors?: Record<string, string[]> } | null;
      if (response.status === 201) {
        router.refresh();
        return { status: 'ok', message: labels.uploaded };
      }
      return { status: 'error', message: body?.reason ?? labels.failed, fieldErrors: body?.fieldErrors, values };
    } catch {
      return { status: 'error', message: labels.failed, values };
    }
  }
  return (
    <ActionForm action={upload} locale={locale} submitLabel={labels.submit} pendingLabel={labels.pending} encType="multipart/form-data">
      <FileField label={labels.file} hint={`${labels.fileHint} ${labels.dropHint}`} />
      <Field name="altFr" label={labels.altFr} hint={labels.altHint} required maxLength={300} dir="ltr" />
      <Field name="altAr" label={labels.altAr} hint={labels.altHint} required maxLength={300} dir="rtl" />
      <Field name="credit" label={labels.credit} required maxLength={200} dir="auto" />
    </ActionForm>
  );
}

/** The file picker, which also takes a picture dropped on it or pasted on the page. */
function FileField({ label, hint }: { label: string; hint: string }) {
  const id = useId();
  const errors = useFormState().fieldErrors?.file;
  const zone = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop(zone, input);
  return (
    <div ref={zone} className={dragging ? 'drop-target dragging' : 'drop-target'}>
      <FieldFrame id={id} label={label} hint={hint} errors={errors}>
        {(aria) => <input {...aria} ref={input} type="file" name="file" accept={ACCEPTED_IMAGE_TYPES} required />}
      </FieldFrame>
    </div>
  );
}
