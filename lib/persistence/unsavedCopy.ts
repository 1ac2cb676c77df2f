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
}

/** Writes this page's changed documents (or removes its entry when none). Never throws: it is a best effort. */
export function writeUnsavedCopy(storage: SyncStorage | null, pageId: string, documents: readonly WorkspaceDocument[]): void {
  if (!storage) return;
  const key = UNSAVED_PREFIX + pageId;
  try {
    const changed: UnsavedDocument[] = documents
      .filter(isChangedHere)
      .map(({ id, path, text, revision, cursor, readOnly }) => ({ id, name: path, text, revision, cursor, readOnly }));
    if (changed.length === 0) storage.removeItem(key);
    else storage.setItem(key, JSON.stringify({ documents: changed }));
  } catch {
    // Quota or privacy mode: the asynchronous save is still under way and may well finish.
  }
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
      const list = (parsed as { documents?: unknown } | null)?.documents;
      if (Array.isArray(list)) found.documents.push(...list.filter(isUnsavedDocument));
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
      result.push({ id, path, text: u.text, cursor, revision: 0, updatedAt: Date.now(), readOnly: u.readOnly === true, savedText: '', savedPath: '' });
    }
  }
  return { documents: result, recovered };
}
