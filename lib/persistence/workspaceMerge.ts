import type { StoredCursor, StoredDocument } from './workspaceRecord';

/**
 * A document as a studio tab holds it. `revision` is the last revision this tab saved or received;
 * `savedText` / `savedPath` are the text and path at that revision, so "changed here since" is a
 * comparison, not a flag that can drift.
 */
export interface WorkspaceDocument {
  id: string;
  /** Path in the workspace, `/`-separated with no leading slash (stored as the document's `name`). */
  path: string;
  text: string;
  cursor: StoredCursor;
  revision: number;
  updatedAt: number;
  readOnly: boolean;
  savedText: string;
  savedPath: string;
  /** Part of the folder workspace: closing its tab keeps the file (the tree lists it). */
  inFolder?: boolean;
  /** The file as it is on disk (folder files): the text last read or written there, and its lastModified then. */
  disk?: DiskState;
}

export interface DiskState {
  /** Where the file is on disk (a rename moves it there on the next write). */
  path: string;
  text: string;
  modified?: number;
}

/** Whether a folder file differs from what is on disk (new, renamed or edited since it was read or written). */
export function isChangedFromDisk(doc: Pick<WorkspaceDocument, 'inFolder' | 'disk' | 'path' | 'text'>): boolean {
  if (!doc.inFolder) return false;
  return !doc.disk || doc.disk.path !== doc.path || doc.disk.text !== doc.text;
}

export const FROM_ANOTHER_TAB = ' (from another tab)';

export function isChangedHere(doc: WorkspaceDocument): boolean {
  return doc.text !== doc.savedText || doc.path !== doc.savedPath;
}

/** A stored document as this tab starts with it: nothing changed here yet. */
export function fromStored(doc: StoredDocument): WorkspaceDocument {
  const result: WorkspaceDocument = {
    id: doc.id,
    path: doc.name,
    text: doc.text,
    cursor: doc.cursor ?? { line: 1, column: 1 },
    revision: doc.revision,
    updatedAt: doc.updatedAt,
    readOnly: doc.readOnly === true,
    savedText: doc.text,
    savedPath: doc.name,
  };
  if (doc.inFolder) result.inFolder = true;
  const diskText = doc.diskText ?? (doc.onDisk ? doc.text : undefined);
  if (doc.diskPath !== undefined && diskText !== undefined) {
    result.disk = { path: doc.diskPath, text: diskText, ...(doc.diskModified !== undefined ? { modified: doc.diskModified } : {}) };
  }
  return result;
}

/** A document as stored: the disk's text is written only when it differs from the document's (usually it does not). */
export function toStored(doc: WorkspaceDocument): StoredDocument {
  const stored: StoredDocument = { id: doc.id, name: doc.path, text: doc.text, cursor: doc.cursor, updatedAt: doc.updatedAt, revision: doc.revision };
  if (doc.readOnly) stored.readOnly = true;
  if (doc.inFolder) stored.inFolder = true;
  if (doc.disk) {
    stored.diskPath = doc.disk.path;
    if (doc.disk.text === doc.text) stored.onDisk = true;
    else stored.diskText = doc.disk.text;
    if (doc.disk.modified !== undefined) stored.diskModified = doc.disk.modified;
  }
  return stored;
}

export interface MergeOptions {
  /** Documents this tab closed, with the revision they had: the other tab's copy is not reopened unless it is newer. */
  closed: ReadonlyMap<string, number>;
  makeId: () => string;
}

export interface MergeOutcome {
  documents: WorkspaceDocument[];
  /** Ids whose text or name was replaced by the other tab's newer revision (unchanged here). */
  updated: string[];
  /** Ids of documents the other tab created. */
  added: string[];
  /** Documents changed in both tabs: ours stays, the other tab's text opens beside it as `copyId`. */
  conflicts: { id: string; path: string; copyId: string }[];
}

/**
 * Merges what another tab stored into this tab's documents without dropping either side's edits:
 * a newer revision replaces a document unchanged here; when both changed, both are kept.
 * Documents only this tab has are kept. Pure: no storage, no store.
 */
export function mergeRemoteDocuments(
  local: readonly WorkspaceDocument[],
  remote: readonly StoredDocument[],
  options: MergeOptions,
): MergeOutcome {
  const remoteById = new Map(remote.map((doc) => [doc.id, doc]));
  const outcome: MergeOutcome = { documents: [], updated: [], added: [], conflicts: [] };
  for (const mine of local) {
    const theirs = remoteById.get(mine.id);
    remoteById.delete(mine.id);
    if (!theirs || theirs.revision <= mine.revision) {
      outcome.documents.push(mine);
      continue;
    }
    const adopted = { ...mine, revision: theirs.revision, savedText: theirs.text, savedPath: theirs.name };
    if (theirs.text === mine.text && theirs.name === mine.path) {
      outcome.documents.push(adopted);
    } else if (!isChangedHere(mine)) {
      outcome.documents.push({ ...adopted, text: theirs.text, path: theirs.name, updatedAt: theirs.updatedAt });
      outcome.updated.push(mine.id);
    } else {
      // Ours becomes the next revision when saved; theirs survives as its own document.
      outcome.documents.push(adopted);
      const copy = unsavedCopy(theirs, options.makeId());
      outcome.documents.push(copy);
      outcome.conflicts.push({ id: mine.id, path: mine.path, copyId: copy.id });
    }
  }
  for (const theirs of remoteById.values()) {
    const closedAt = options.closed.get(theirs.id);
    if (closedAt !== undefined && theirs.revision <= closedAt) continue;
    outcome.documents.push(fromStored(theirs));
    outcome.added.push(theirs.id);
  }
  return outcome;
}

function unsavedCopy(theirs: StoredDocument, id: string): WorkspaceDocument {
  const path = theirs.name.endsWith(FROM_ANOTHER_TAB) ? theirs.name : `${theirs.name}${FROM_ANOTHER_TAB}`;
  // Empty saved text and path mark it as changed here, so the next save stores it.
  return { ...fromStored(theirs), id, path, revision: 0, savedText: '', savedPath: '' };
}
