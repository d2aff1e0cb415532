import 'server-only';
import { withDb } from '@/db';
import type { Actor } from './actor';
import * as q from './users-queries';

export { newUserSchema, passwordSchema, updateUserSchema, type NewUserInput, type UpdateUserInput, type UserListItem } from './users-queries';

export function countUsers() {
  return withDb('admin.users.count', (db) => q.countUsers(db));
}

/** Only admins may, except for the very first account, which the setup page makes (actor null). */
export function createUser(actor: Actor | null, input: q.NewUserInput) {
  return withDb('admin.users.create', (db) => q.createUser(db, actor, input));
}

export function listUsers(actor: Actor) {
  return withDb('admin.users.list', (db) => q.listUsers(db, actor));
}

export function getUser(actor: Actor, id: number) {
  return withDb('admin.users.get', (db) => q.getUser(db, actor, id));
}

export function bylineOptions(actor: Actor) {
  return withDb('admin.users.bylines', (db) => q.bylineOptions(db, actor));
}

export function updateUser(actor: Actor, id: number, input: q.UpdateUserInput) {
  return withDb('admin.users.update', (db) => q.updateUser(db, actor, id, input));
}

export function disableUser(actor: Actor, id: number) {
  return withDb('admin.users.disable', (db) => q.disableUser(db, actor, id));
}

export function enableUser(actor: Actor, id: number) {
  return withDb('admin.users.enable', (db) => q.enableUser(db, actor, id));
}

export function resetPassword(actor: Actor, id: number, password: string) {
  return withDb('admin.users.resetPassword', (db) => q.resetPassword(db, actor, id, password));
}
