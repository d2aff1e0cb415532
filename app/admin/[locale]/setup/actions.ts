'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { createUser, newUserSchema } from '@/lib/admin/users';

const schema = newUserSchema
  .pick({ name: true, email: true, password: true })
  .extend({ confirm: z.string() })
  .refine((value) => value.password === value.confirm, { path: ['confirm'], message: 'passwordMismatch' });

/** First-run only: createUser refuses once any account exists, so this cannot mint a second admin. */
export const createFirstAdmin = formAction({ schema, signedOut: true }, async ({ name, email, password }, _nobody, { locale }) => {
  await createUser(null, { name, email, password, role: 'admin', locale });
  redirect(`/admin/${locale}/login`);
});
