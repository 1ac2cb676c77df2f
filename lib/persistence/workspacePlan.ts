import { INDEX_FORMAT_VERSION } from './documentRecords';
import type { IndexEntry, StoredFolder, WorkspaceIndex } from './documentRecords';
import { isChangedHere, toStored } from './workspaceMerge';
import type { WorkspaceDocument } from './workspaceMerge';
import type { StoredDocument, WorkspaceRecord } from './workspaceRecord';

export interface SaveInput {
  /** Every document of the workspace, open tabs first. */
  documents: ReadonlyArray<WorkspaceDocument>;
  /** Closed documents still reopenable. */
  closed: ReadonlyArray<WorkspaceDocument & { closedAt: number }>;
  /** Ids of documents gone for good: their records are deleted. */
  discarded: ReadonlyArray<string>;
  activeId: string;
  tabs: ReadonlyArray<string>;
  ruleSettings?: WorkspaceRecord['ruleSettings'];
  folder: StoredFolder | null;
  /** The index storage holds now (after merging it); null when there is none (first save, or migrating). */
  stored: WorkspaceIndex | null;
  /** Documents another tab closed (still reopenable there and after a reload): listed again as they are. */
  othersClosed?: ReadonlyArray<{ entry: IndexEntry; closedAt: number }>;
  now: number;
}

export interface SavePlan {
  /** Records to write, each on its own. */
  records: StoredDocument[];
  /** Each written document as the tab knows it once its record is stored (next revision, saved text). */
  saved: WorkspaceDocument[];
  /** The index for the records that were written (`written`); a document never stored and not written is left out. */
  indexFor(written: ReadonlySet<string>): WorkspaceIndex;
  deletions: string[];
}

/**
 * What one save writes: a record for each document changed here (or not in storage yet), then the index
 * naming every stored document at its revision. Pure: the caller does the writes, one document at a time.
 */
export function planSave(input: SaveInput): SavePlan {
  const storedRevision = new Map((input.stored?.documents ?? []).map((e) => [e.id, e.revision]));
  const all = [...input.documents, ...input.closed];
  const due = all.filter((doc) => isChangedHere(doc) || (storedRevision.get(doc.id) ?? -1) < doc.revision || !storedRevision.has(doc.id));
  const saved = due.map((doc) =>
    isChangedHere(doc) ? { ...doc, revision: doc.revision + 1, updatedAt: input.now, savedText: doc.text, savedPath: doc.path } : doc,
  );
  const records = saved.map(toStored);
  const savedById = new Map(saved.map((d) => [d.id, d]));

  const indexFor = (written: ReadonlySet<string>): WorkspaceIndex => {
    const entries: IndexEntry[] = [];
    for (const doc of all) {
      const revision = written.has(doc.id) ? savedById.get(doc.id)!.revision : storedRevision.get(doc.id);
      if (revision !== undefined) entries.push({ id: doc.id, name: doc.path, revision });
    }
    const others = (input.othersClosed ?? []).filter((c) => !all.some((d) => d.id === c.entry.id));
    entries.push(...others.map((c) => c.entry));
    const listed = new Set(entries.map((e) => e.id));
    const index: WorkspaceIndex = {
      formatVersion: INDEX_FORMAT_VERSION,
      documents: entries,
      activeId: input.activeId,
      tabs: input.tabs.filter((id) => listed.has(id)),
      savedAt: input.now,
    };
    const closed = [...others.map((c) => ({ id: c.entry.id, closedAt: c.closedAt })), ...input.closed.filter((d) => listed.has(d.id)).map((d) => ({ id: d.id, closedAt: d.closedAt }))];
    if (closed.length > 0) index.closed = closed;
    if (input.folder) index.folder = { name: input.folder.name, skipped: [...input.folder.skipped], removed: [...input.folder.removed] };
    if (input.ruleSettings && Object.keys(input.ruleSettings).length > 0) index.ruleSettings = { ...input.ruleSettings };
    return index;
  };
  const live = new Set(all.map((d) => d.id));
  return { records, saved, indexFor, deletions: input.discarded.filter((id) => !live.has(id)) };
}
