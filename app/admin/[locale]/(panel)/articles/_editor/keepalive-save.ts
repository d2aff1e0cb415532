import { KEEPALIVE_BODY_LIMIT } from '@/lib/editor/autosave';
import type { EditorResult } from '../actions';

/**
 * An autosave that outlives the page: server actions cannot be sent with `keepalive`, so this
 * posts to the article's draft route (same session cookie, same data-layer save, same version
 * check). Null when it was not sent, because the body passes the browser's keepalive limit (the
 * local copy keeps that text), or when it never got an answer.
 */
export function sendKeepaliveSave(adminLocale: string, request: { id: number; expectedVersion: number; input: unknown }): Promise<EditorResult | null> {
  const body = JSON.stringify({ expectedVersion: request.expectedVersion, input: request.input });
  if (new TextEncoder().encode(body).byteLength > KEEPALIVE_BODY_LIMIT) return Promise.resolve(null);
  return fetch(`/api/admin/articles/${request.id}/draft?locale=${encodeURIComponent(adminLocale)}`, {
    method: 'POST',
    keepalive: true,
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body,
  })
    .then((response) => response.json() as Promise<EditorResult>)
    .catch(() => null);
}
