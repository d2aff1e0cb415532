import 'server-only';
import { withDb } from '@/db';
import type { Locale } from '@/db/schema';
import type { Actor } from './actor';
import * as q from './account-queries';

export type { OwnAccount } from './account-queries';

/*
 * What every signed-in user may do to their own account (lib/admin/account-queries.ts says why
 * there is no permission to check).
 */

export function getOwnAccount(actor: Actor) {
  return withDb('admin.account.get', (db) => q.getOwnAccount(db, actor));
}

export function changeOwnPassword(actor: Actor, input: Parameters<typeof q.changeOwnPassword>[2]) {
  return withDb('admin.account.password', (db) => q.changeOwnPassword(db, actor, input));
}

export function setOwnLocale(actor: Actor, locale: Locale) {
  return withDb('admin.account.locale', (db) => q.setOwnLocale(db, actor, locale));
}

export function startTotpEnrolment(actor: Actor) {
  return withDb('admin.account.totpStart', (db) => q.startTotpEnrolment(db, actor));
}

export function confirmTotpEnrolment(actor: Actor, input: Parameters<typeof q.confirmTotpEnrolment>[2]) {
  return withDb('admin.account.totpConfirm', (db) => q.confirmTotpEnrolment(db, actor, input));
}

export function regenerateRecoveryCodes(actor: Actor, input: Parameters<typeof q.regenerateRecoveryCodes>[2]) {
  return withDb('admin.account.recoveryCodes', (db) => q.regenerateRecoveryCodes(db, actor, input));
}

export function disableTotp(actor: Actor, input: Parameters<typeof q.disableTotp>[2]) {
  return withDb('admin.account.totpDisable', (db) => q.disableTotp(db, actor, input));
}
