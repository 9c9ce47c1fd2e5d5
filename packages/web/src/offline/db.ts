import { type DBSchema, deleteDB, type IDBPDatabase, openDB } from 'idb';
import type { Sealed } from './crypto';

/**
 * The app's one IndexedDB database. Only `records` holds anything about a youth, and only encrypted; the device key
 * is a non-extractable CryptoKey; instrument definitions and the list of offered instruments are public content; the
 * session snapshot names the signed-in staff member only (for opening the app without a network).
 */
export const OFFLINE_DB_NAME = 'harbor-offline';
const VERSION = 1;

/** A stored record: in the clear only its id, its owner (a user id) and when it changed. */
export interface StoredRecord extends Sealed {
  id: string;
  owner: string;
  updatedAt: string;
}

export interface OfflineSchema extends DBSchema {
  keys: { key: string; value: CryptoKey };
  records: { key: string; value: StoredRecord; indexes: { owner: string } };
  instruments: { key: string; value: unknown };
  meta: { key: string; value: unknown };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

let opening: Promise<OfflineDb> | null = null;

/** The database, opened once per page; closed (and reopened on next use) when another tab deletes it. */
export function offlineDb(): Promise<OfflineDb> {
  if (!opening) {
    const attempt = openDB<OfflineSchema>(OFFLINE_DB_NAME, VERSION, {
      upgrade(db) {
        db.createObjectStore('keys');
        db.createObjectStore('records', { keyPath: 'id' }).createIndex('owner', 'owner');
        db.createObjectStore('instruments');
        db.createObjectStore('meta');
      },
      blocking() {
        void closeOfflineDb();
      },
      terminated() {
        opening = null;
      },
    });
    opening = attempt;
    attempt.catch(() => {
      if (opening === attempt) opening = null;
    });
  }
  return opening;
}

/** Closes this page's connection (so the database can be deleted). */
export async function closeOfflineDb(): Promise<void> {
  const was = opening;
  opening = null;
  if (!was) return;
  try {
    (await was).close();
  } catch {
    // it never opened
  }
}

/**
 * Deletes everything the app keeps on the device: first each store is emptied (effective at once, even while another
 * tab still has the database open), then the database itself is deleted once every tab has let go of it.
 */
export async function deleteOfflineData(): Promise<void> {
  try {
    const db = await offlineDb();
    const tx = db.transaction(['keys', 'records', 'instruments', 'meta'], 'readwrite');
    await Promise.all([
      tx.objectStore('keys').clear(),
      tx.objectStore('records').clear(),
      tx.objectStore('instruments').clear(),
      tx.objectStore('meta').clear(),
      tx.done,
    ]);
  } finally {
    await closeOfflineDb();
    await deleteDB(OFFLINE_DB_NAME);
  }
}
