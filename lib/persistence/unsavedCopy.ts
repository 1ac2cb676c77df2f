import { isChangedHere } from './workspaceMerge';
import type { WorkspaceDocument } from './workspaceMerge';

/**
 * The last line of defence for edits made in the final moments before a page goes away: IndexedDB
 * writes are asynchronous and may not finish during `pagehide`, but `localStorage` writes are
 * synchronous. The page stores its not-yet-saved documents here, and the next start merges them back.
 */
export const UNSAVED_PREFIX = 'asyncapi-studio-unsaved:';

export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** A document as it was when the page went away; `revision` is the stored revision its edits were made on. */
export interface UnsavedDocument {
  id: string;
  /** The document's workspace path (`name` in the stored form). */
  name: string;
  text: string;
  revision: number;
  cursor: { line: number; column: number };
  readOnly: boolean;
  inFolder?: boolean;
}

/** What the stash holds after a write, by document path: what fits is kept, what does not is said. */
export interface StashOutcome {
  kept: string[];
  notKept: string[];
}

/** The key of one document's copy: one per document, so one too large for the storage does not stop the others. */
export function stashKey(pageId: string, documentId: string): string {
  return `${UNSAVED_PREFIX}${pageId}:${documentId}`;
}

function keysOfPage(storage: SyncStorage, pageId: string): string[] {
  const prefix = `${UNSAVED_PREFIX}${pageId}`;
  const keys: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === prefix || key?.startsWith(`${prefix}:`)) keys.push(key);
    }
  } catch {
    // Unreadable storage: nothing of ours to find.
  }
  return keys;
}

/**
 * Writes this page's changed documents (one entry each, smallest first so that as many as possible fit) and
 * removes entries of documents no longer changed. Never throws: it is a best effort, and says what did not fit.
 */
export function writeUnsavedCopy(storage: SyncStorage | null, pageId: string, documents: readonly WorkspaceDocument[]): StashOutcome {
  const outcome: StashOutcome = { kept: [], notKept: [] };
  if (!storage) return outcome;
  const changed = documents.filter(isChangedHere).sort((a, b) => a.text.length - b.text.length);
  const wanted = new Set(changed.map((d) => stashKey(pageId, d.id)));
  for (const key of keysOfPage(storage, pageId)) if (!wanted.has(key)) removeUnsavedCopies(storage, [key]);
  for (const { id, path, text, revision, cursor, readOnly, inFolder } of changed) {
    const copy: UnsavedDocument = { id, name: path, text, revision, cursor, readOnly, ...(inFolder ? { inFolder } : {}) };
    try {
      storage.setItem(stashKey(pageId, id), JSON.stringify(copy));
      outcome.kept.push(path);
    } catch {
      // Quota or privacy mode: this one does not fit; a stale copy of it must not come back either.
      removeUnsavedCopies(storage, [stashKey(pageId, id)]);
      outcome.notKept.push(path);
    }
  }
  return outcome;
}

/** Removes every entry this page wrote. */
export function removePageCopies(storage: SyncStorage | null, pageId: string): void {
  if (storage) removeUnsavedCopies(storage, keysOfPage(storage, pageId));
}

export function removeUnsavedCopies(storage: SyncStorage | null, keys: readonly string[]): void {
  if (!storage) return;
  for (const key of keys) {
    try {
      storage.removeItem(key);
    } catch {
      // Nothing to do: a leftover entry is merged harmlessly (same text) next time.
    }
  }
}

/** Every page's leftover entry, with the keys to remove once the merged workspace is stored. */
export function readUnsavedCopies(storage: SyncStorage | null): { keys: string[]; documents: UnsavedDocument[] } {
  const found = { keys: [] as string[], documents: [] as UnsavedDocument[] };
  if (!storage) return found;
  let length = 0;
  try {
    length = storage.length;
  } catch {
    return found;
  }
  for (let i = 0; i < length; i++) {
    try {
      const key = storage.key(i);
      if (!key?.startsWith(UNSAVED_PREFIX)) continue;
      found.keys.push(key);
      const parsed: unknown = JSON.parse(storage.getItem(key) ?? 'null');
      // One document per entry; entries of the earlier studio held { documents: [...] }.
      const list = (parsed as { documents?: unknown } | null)?.documents;
      if (Array.isArray(list)) found.documents.push(...list.filter(isUnsavedDocument));
      else if (isUnsavedDocument(parsed)) found.documents.push(parsed);
    } catch {
      // A damaged entry is skipped (and removed with the others); the stored workspace is still there.
    }
  }
  return found;
}

function isUnsavedDocument(value: unknown): value is UnsavedDocument {
  const v = value as Partial<UnsavedDocument> | null;
  return typeof v?.id === 'string' && typeof v.name === 'string' && typeof v.text === 'string' && typeof v.revision === 'number';
}

export const UNSAVED_SUFFIX = ' (unsaved changes)';

/**
 * Puts unsaved edits back over the stored documents: onto the document when storage still holds the
 * revision they were made on, beside it as a separate document when it moved on since. Pure.
 */
export function applyUnsavedCopies(
  documents: readonly WorkspaceDocument[],
  unsaved: readonly UnsavedDocument[],
  makeId: () => string,
): { documents: WorkspaceDocument[]; recovered: number } {
  const result = [...documents];
  let recovered = 0;
  for (const u of unsaved) {
    const at = result.findIndex((d) => d.id === u.id);
    const current = result[at];
    if (current && current.text === u.text && current.path === u.name) continue;
    recovered++;
    const cursor = u.cursor ?? { line: 1, column: 1 };
    if (current && current.revision === u.revision) {
      result[at] = { ...current, text: u.text, path: u.name, cursor };
    } else {
      const id = current ? makeId() : u.id;
      const path = current ? `${u.name}${UNSAVED_SUFFIX}` : u.name;
      const doc: WorkspaceDocument = { id, path, text: u.text, cursor, revision: 0, updatedAt: Date.now(), readOnly: u.readOnly === true, savedText: '', savedPath: '' };
      if (u.inFolder && !current) doc.inFolder = true;
      result.push(doc);
    }
  }
  return { documents: result, recovered };
}
