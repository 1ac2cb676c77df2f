/** The stored shape's version; bump it and add a migration below when the shape changes. */
export const WORKSPACE_FORMAT_VERSION = 1;

export interface StoredCursor {
  line: number;
  column: number;
}

export interface StoredDocument {
  id: string;
  name: string;
  text: string;
  cursor?: StoredCursor;
  updatedAt: number;
  revision: number;
  /** Opened from a read-only link: the editor does not accept typing. */
  readOnly?: boolean;
  /** A file of the opened folder (stays when its tab closes). */
  inFolder?: boolean;
  /** Where the file is on disk and what it holds there: the text only when it differs (`onDisk`: same as `text`). */
  diskPath?: string;
  diskText?: string;
  onDisk?: boolean;
  diskModified?: number;
}

export interface WorkspaceRecord {
  formatVersion: typeof WORKSPACE_FORMAT_VERSION;
  documents: StoredDocument[];
  activeId: string;
  /** Ids of the documents open as tabs, in order; absent (older records): all of them. */
  tabs?: string[];
  /** The workspace's per-rule severities ('off' included), by rule id. */
  ruleSettings?: Record<string, 'error' | 'warning' | 'info' | 'hint' | 'off'>;
  savedAt: number;
}

export type RestoreResult =
  | { ok: true; record: WorkspaceRecord; migratedFrom?: number }
  | { ok: false; reason: string; keptAside: unknown };

/** Name given to the single document of a format-0 record, which had no names. */
export const MIGRATED_DOCUMENT_NAME = 'asyncapi.yaml';
export const MIGRATED_DOCUMENT_ID = 'doc-1';

export class Broken extends Error {}

/**
 * Turns whatever storage held into a current record, or says why it cannot (STYLE.md 17/18).
 * Never throws. Only the user's data (ids, names, texts) must be intact; cursor, timestamps and
 * the active id are repaired. A newer or broken record comes back with `keptAside` so the caller
 * can store it under another key instead of overwriting it.
 * Format 0, the earliest studio record, is `{ text: string; savedAt?: number }`: one document.
 */
export function restoreWorkspaceRecord(raw: unknown, now: number = Date.now()): RestoreResult {
  try {
    if (!isPlainRecord(raw)) return broken('the stored workspace is not an object', raw);
    const version = own(raw, 'formatVersion');
    if (version === undefined || version === 0) {
      return { ok: true, record: fromFormat0(raw, now), migratedFrom: 0 };
    }
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
      return broken('the stored workspace has an unreadable format version', raw);
    }
    if (version > WORKSPACE_FORMAT_VERSION) {
      return broken(`the stored workspace was saved by a newer version of the studio (format ${version})`, raw);
    }
    return { ok: true, record: fromFormat1(raw, now) };
  } catch (error) {
    return broken(error instanceof Broken ? error.message : 'the stored workspace could not be read', raw);
  }
}

function broken(reason: string, raw: unknown): RestoreResult {
  return { ok: false, reason, keptAside: raw };
}

function fromFormat0(raw: Record<string, unknown>, now: number): WorkspaceRecord {
  const text = own(raw, 'text');
  if (typeof text !== 'string') throw new Broken('the stored workspace has no document text');
  const savedAt = timestamp(own(raw, 'savedAt'), now);
  return {
    formatVersion: WORKSPACE_FORMAT_VERSION,
    documents: [{ id: MIGRATED_DOCUMENT_ID, name: MIGRATED_DOCUMENT_NAME, text, updatedAt: savedAt, revision: 0 }],
    activeId: MIGRATED_DOCUMENT_ID,
    savedAt,
  };
}

function fromFormat1(raw: Record<string, unknown>, now: number): WorkspaceRecord {
  const list = own(raw, 'documents');
  if (!Array.isArray(list) || list.length === 0) throw new Broken('the stored workspace has no documents');
  const savedAt = timestamp(own(raw, 'savedAt'), now);
  const seen = new Set<string>();
  const documents = list.map((entry: unknown, index) => {
    const doc = readDocument(entry, index, savedAt);
    if (seen.has(doc.id)) throw new Broken(`two stored documents share the id "${doc.id}"`);
    seen.add(doc.id);
    return doc;
  });
  const activeId = own(raw, 'activeId');
  const record: WorkspaceRecord = {
    formatVersion: WORKSPACE_FORMAT_VERSION,
    documents,
    // A stale active id costs nothing to repair; the first document is a sensible focus.
    activeId: typeof activeId === 'string' && seen.has(activeId) ? activeId : documents[0]!.id,
    savedAt,
  };
  const tabs = own(raw, 'tabs');
  // Tabs only point at documents; unknown ids are dropped rather than failing the whole record.
  if (Array.isArray(tabs)) record.tabs = tabs.filter((id): id is string => typeof id === 'string' && seen.has(id));
  const ruleSettings = readRuleSettings(own(raw, 'ruleSettings'));
  if (ruleSettings) record.ruleSettings = ruleSettings;
  return record;
}

/** One stored document, validated (throws Broken with a reason); exported for the per-document records of format 2. */
export function readDocument(entry: unknown, index: number, savedAt: number): StoredDocument {
  if (!isPlainRecord(entry)) throw new Broken(`stored document ${index + 1} is not an object`);
  const id = own(entry, 'id');
  const name = own(entry, 'name');
  const text = own(entry, 'text');
  if (typeof id !== 'string' || id === '') throw new Broken(`stored document ${index + 1} has no id`);
  if (typeof name !== 'string') throw new Broken(`stored document ${index + 1} has no name`);
  if (typeof text !== 'string') throw new Broken(`stored document ${index + 1} has no text`);
  const revision = own(entry, 'revision');
  const doc: StoredDocument = {
    id,
    name,
    text,
    updatedAt: timestamp(own(entry, 'updatedAt'), savedAt),
    revision: typeof revision === 'number' && Number.isSafeInteger(revision) && revision >= 0 ? revision : 0,
  };
  const cursor = readCursor(own(entry, 'cursor'));
  if (cursor) doc.cursor = cursor;
  if (own(entry, 'readOnly') === true) doc.readOnly = true;
  if (own(entry, 'inFolder') === true) doc.inFolder = true;
  const diskPath = own(entry, 'diskPath');
  if (typeof diskPath === 'string') {
    const diskText = own(entry, 'diskText');
    const diskModified = own(entry, 'diskModified');
    doc.diskPath = diskPath;
    if (typeof diskText === 'string') doc.diskText = diskText;
    else if (own(entry, 'onDisk') === true) doc.onDisk = true;
    if (typeof diskModified === 'number' && Number.isFinite(diskModified)) doc.diskModified = diskModified;
  }
  return doc;
}

const RULE_SEVERITIES = new Set(['error', 'warning', 'info', 'hint', 'off']);

/** Rule choices are preferences: a broken entry is dropped, never a reason to refuse the record. */
export function readRuleSettings(value: unknown): WorkspaceRecord['ruleSettings'] {
  if (!isPlainRecord(value)) return undefined;
  const entries = Object.keys(value)
    .map((id) => [id, own(value, id)] as const)
    .filter((entry): entry is [string, 'error' | 'warning' | 'info' | 'hint' | 'off'] => typeof entry[1] === 'string' && RULE_SEVERITIES.has(entry[1]));
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

function readCursor(value: unknown): StoredCursor | undefined {
  if (!isPlainRecord(value)) return undefined;
  const line = own(value, 'line');
  const column = own(value, 'column');
  return isPosition(line) && isPosition(column) ? { line, column } : undefined;
}

function isPosition(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 1;
}

export function timestamp(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fallback;
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Own properties only: an inherited or `__proto__` key in stored data must never be read as a field.
export function own(value: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}
