'use client';

import { createContext, useContext } from 'react';
import type { FormState } from '@/lib/forms/form-state';

export const FormStateContext = createContext<FormState>({ status: 'idle' });

export function useFormState(): FormState {
  return useContext(FormStateContext);
}
