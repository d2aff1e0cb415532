import type { LocalDraft } from './local-draft';

/*
 * The editor's unsaved copies in IndexedDB, which survives a closed tab, a crashed browser, a
 * server that is down and an expired session. Every call resolves, to null or nothing when the
 * browser has no IndexedDB or refuses it (private modes, a full disk): the copy is a safety net,
 * and its failure must never stop the editor.
 */

const DATABASE = 'jarida-editor';
const STORE = 'drafts';

let opening: Promise<IDBDatabase | null> | null = null;

function open(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve(null);
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  return opening;
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | null> {
  const db = await open();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      // 'strict': by default browsers may report a write complete before it reaches the disk, and a copy
      // could die with the computer (a power cut, a system crash) after the editor counted on it. One flush
      // per pause in typing (300 ms) costs little.
      const transaction = db.transaction(STORE, mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
      const request = work(transaction.objectStore(STORE));
      // Resolved when the transaction commits, so a written copy is on disk before the caller goes on.
      transaction.oncomplete = () => resolve(request.result ?? null);
      transaction.onerror = () => resolve(null);
      transaction.onabort = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export function readLocalDraft(key: string): Promise<LocalDraft | null> {
  return run('readonly', (store) => store.get(key) as IDBRequest<LocalDraft | undefined>).then((draft) => draft ?? null);
}

export async function writeLocalDraft(draft: LocalDraft): Promise<void> {
  await run('readwrite', (store) => store.put(draft));
}

export async function deleteLocalDraft(key: string): Promise<void> {
  await run('readwrite', (store) => store.delete(key));
}
