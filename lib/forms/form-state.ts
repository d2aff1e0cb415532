/**
 * What every admin form action returns. On an error, `values` carries back what the editor
 * typed, so the form re-renders with nothing lost, and `fieldErrors` holds localized messages.
 */
export interface FormState<Values = Record<string, unknown>> {
  status: 'idle' | 'ok' | 'error';
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Values;
  // Set by actions that create something, so the client can navigate to it.
  redirectTo?: string;
}

export const idleState: FormState = { status: 'idle' };

/** Plain object from FormData; repeated keys become arrays. Files are left out. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith('$ACTION')) continue;
    if (typeof value !== 'string') continue;
    const existing = values[key];
    if (existing === undefined) values[key] = value;
    else values[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}

/** Passwords and one-time codes are never sent back to the browser, even to refill a form. */
export function echoableValues(values: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password|^confirm$|^code$|totp/i.test(key)));
}
