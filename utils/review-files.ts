/**
 * The files the review page shows (a PDF or .docx the background fetched, or one the user picked),
 * in the extension's IndexedDB, so the page survives a reload and the bytes never pass through a
 * message. Only the newest few are kept: this is a hand-over, not an archive (the desk is that).
 */
import { openDB } from 'idb';

const DB_NAME = 'gov-report-audit-review';
const STORE = 'files';
/** Files kept; older ones go when a new one comes. */
const KEEP = 8;

/** One file for the review page. */
export interface ReviewFile {
  id: string;
  /** Where it came from: the attachment's address, or `file:///<name>` for a file picked by hand. */
  url: string;
  /** The report page that linked it, when it was an attachment. */
  page?: string;
  name: string;
  kind: 'pdf' | 'docx';
  bytes: ArrayBuffer;
  at: string;
}

function db() {
  return openDB(DB_NAME, 1, {
    upgrade(d) {
      d.createObjectStore(STORE, { keyPath: 'id' });
    },
  });
}

/** A fresh random id (hex). */
function newId(): string {
  return [...crypto.getRandomValues(new Uint8Array(12))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Stores a file and drops all but the newest few; returns its id. */
export async function putReviewFile(file: Omit<ReviewFile, 'id' | 'at'>): Promise<string> {
  const d = await db();
  try {
    const id = newId();
    const tx = d.transaction(STORE, 'readwrite');
    await tx.store.put({ ...file, id, at: new Date().toISOString() });
    const all = (await tx.store.getAll()) as ReviewFile[];
    all.sort((a, b) => b.at.localeCompare(a.at));
    for (const old of all.slice(KEEP)) if (old.id !== id) await tx.store.delete(old.id);
    await tx.done;
    return id;
  } finally {
    d.close();
  }
}

/** The file with this id, or null when it is gone (kept files are few). */
export async function getReviewFile(id: string): Promise<ReviewFile | null> {
  const d = await db();
  try {
    const f = (await d.get(STORE, id)) as ReviewFile | undefined;
    return f && f.bytes instanceof ArrayBuffer ? f : null;
  } finally {
    d.close();
  }
}

/** The review page's address for a stored file. */
export function reviewPath(id: string): string {
  return `/review.html?file=${encodeURIComponent(id)}`;
}
