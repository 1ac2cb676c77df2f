import type { SkipReason } from '@/lib/workspace/types';
import { Broken, isPlainRecord, own, readDocument, readRuleSettings, timestamp } from './workspaceRecord';
import type { StoredDocument, WorkspaceRecord } from './workspaceRecord';

/**
 * Format 2: one IndexedDB record per document (`document:<id>`), written independently, and a small index
 * under the old key ('workspace') saying which documents exist at which revision, plus tabs, the folder and
 * the closed documents. One oversized or failing document never blocks saving the others.
 */
export const INDEX_FORMAT_VERSION = 2;
export const DOCUMENT_KEY_PREFIX = 'document:';
/** Where a format-1 record is copied before the first format-2 save replaces it (its data is never dropped). */
export const FORMAT_1_BACKUP_KEY = 'workspace-before-format-2';

export const documentKey = (id: string) => `${DOCUMENT_KEY_PREFIX}${id}`;

export interface IndexEntry {
  id: string;
  name: string;
  revision: number;
}

export interface StoredSkippedFile {
  path: string;
  reason: SkipReason;
  size?: number;
}

/** The opened folder as stored: its name, the files listed without text, paths to remove on disk at the next Save. */
export interface StoredFolder {
  name: string;
  skipped: StoredSkippedFile[];
  removed: string[];
}

export interface StoredClosed {
  id: string;
  closedAt: number;
}

export interface WorkspaceIndex {
  formatVersion: typeof INDEX_FORMAT_VERSION;
  documents: IndexEntry[];
  activeId: string;
  tabs?: string[];
  ruleSettings?: WorkspaceRecord['ruleSettings'];
  savedAt: number;
  folder?: StoredFolder;
  /** Closed (reopenable) documents: their records stay, listed in `documents` too. */
  closed?: StoredClosed[];
}

const SKIP_REASONS = new Set<SkipReason>(['too-large', 'binary', 'excluded']);

function readFolder(value: unknown): StoredFolder | undefined {
  if (!isPlainRecord(value)) return undefined;
  const name = own(value, 'name');
  if (typeof name !== 'string') return undefined;
  const skipped: StoredSkippedFile[] = [];
  const list = own(value, 'skipped');
  for (const entry of Array.isArray(list) ? list : []) {
    if (!isPlainRecord(entry)) continue;
    const path = own(entry, 'path');
    const reason = own(entry, 'reason');
    const size = own(entry, 'size');
    if (typeof path !== 'string' || !SKIP_REASONS.has(reason as SkipReason)) continue;
    skipped.push(typeof size === 'number' ? { path, reason: reason as SkipReason, size } : { path, reason: reason as SkipReason });
  }
  const removed = own(value, 'removed');
  return { name, skipped, removed: Array.isArray(removed) ? removed.filter((p): p is string => typeof p === 'string') : [] };
}

/** A stored index, validated (STYLE 17/18): never throws; unusable parts of preferences are dropped, a broken list is refused. */
export function restoreIndex(raw: unknown, now: number): { ok: true; index: WorkspaceIndex } | { ok: false; reason: string } {
  try {
    if (!isPlainRecord(raw)) return { ok: false, reason: 'the stored workspace index is not an object' };
    const list = own(raw, 'documents');
    if (!Array.isArray(list)) return { ok: false, reason: 'the stored workspace index has no document list' };
    const seen = new Set<string>();
    const documents: IndexEntry[] = [];
    list.forEach((entry: unknown, i) => {
      if (!isPlainRecord(entry)) throw new Broken(`index entry ${i + 1} is not an object`);
      const id = own(entry, 'id');
      const name = own(entry, 'name');
      const revision = own(entry, 'revision');
      if (typeof id !== 'string' || id === '' || seen.has(id)) throw new Broken(`index entry ${i + 1} has no usable id`);
      seen.add(id);
      documents.push({ id, name: typeof name === 'string' ? name : id, revision: typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0 ? revision : 0 });
    });
    const activeId = own(raw, 'activeId');
    const index: WorkspaceIndex = {
      formatVersion: INDEX_FORMAT_VERSION,
      documents,
      activeId: typeof activeId === 'string' ? activeId : (documents[0]?.id ?? ''),
      savedAt: timestamp(own(raw, 'savedAt'), now),
    };
    const tabs = own(raw, 'tabs');
    if (Array.isArray(tabs)) index.tabs = tabs.filter((id): id is string => typeof id === 'string' && seen.has(id));
    const ruleSettings = readRuleSettings(own(raw, 'ruleSettings'));
    if (ruleSettings) index.ruleSettings = ruleSettings;
    const folder = readFolder(own(raw, 'folder'));
    if (folder) index.folder = folder;
    const closed = own(raw, 'closed');
    if (Array.isArray(closed)) {
      index.closed = closed
        .filter(isPlainRecord)
        .map((c) => ({ id: own(c, 'id'), closedAt: own(c, 'closedAt') }))
        .filter((c): c is StoredClosed => typeof c.id === 'string' && seen.has(c.id) && typeof c.closedAt === 'number');
    }
    return { ok: true, index };
  } catch (error) {
    return { ok: false, reason: error instanceof Broken ? error.message : 'the stored workspace index could not be read' };
  }
}

/** One document's record, validated; null when unusable (the caller keeps it aside). */
export function restoreDocumentRecord(raw: unknown, id: string, savedAt: number): { ok: true; document: StoredDocument } | { ok: false; reason: string } {
  try {
    const document = readDocument(raw, 0, savedAt);
    if (document.id !== id) return { ok: false, reason: `the record of document ${id} holds another document` };
    return { ok: true, document };
  } catch (error) {
    return { ok: false, reason: error instanceof Broken ? error.message.replace('stored document 1', `stored document ${id}`) : 'unreadable' };
  }
}
