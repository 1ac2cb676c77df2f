import type { StateCreator } from 'zustand';
import { canWrite } from '@/lib/folder/handles';
import { modifiedOnDisk, readFromDisk, writeBack } from '@/lib/folder/writeBack';
import { isChangedFromDisk } from '@/lib/persistence/workspaceMerge';
import type { BundleFormat } from '@/lib/workspace/bundle';
import { activeFile } from './filesSlice';
import type { StudioFile } from './filesSlice';
import type { StudioServices } from './services';
import type { StudioState } from './studioState';

/** The active document with its relative $refs pulled in, ready to download or share. */
export interface Bundled {
  fileId: string;
  version: number;
  text: string;
  fileName: string;
  format: BundleFormat;
  includedFiles: string[];
}

/** A file whose disk copy changed since the studio read or wrote it: offered for reload, never overwritten silently. */
export interface DiskChange {
  id: string;
  path: string;
  text: string;
  modified: number;
  /** The studio's copy has changes of its own (reloading would drop them). */
  changedHere: boolean;
}

export interface WorkspaceJobsSlice {
  diskChanges: DiskChange[];
  /** Bundles the active document (in the convert worker); null when it failed (the user was told) or was superseded. */
  bundleActive: (format?: BundleFormat) => Promise<Bundled | null>;
  /** Every file of the workspace as one zip at its path. */
  zipWorkspace: () => Promise<{ bytes: Uint8Array; fileName: string } | null>;
  /**
   * Save: with write access to the folder, writes changed files back (and removes deleted ones); otherwise a zip
   * of the changed files, for the caller to download. Files changed on disk meanwhile are not written.
   */
  saveFolder: () => Promise<{ kind: 'written' } | { kind: 'zip'; bytes: Uint8Array; fileName: string } | null>;
  /** Looks (without asking for permission) whether open or changed folder files changed on disk. */
  checkDisk: () => Promise<void>;
  /** Takes the disk's text of a changed file. */
  reloadDiskChange: (id: string) => void;
  /** Keeps the studio's text: the next Save writes it over the disk's. */
  keepMine: (id: string) => void;
}

const textFiles = (s: StudioState, paths?: ReadonlyArray<string>) => {
  const wanted = paths ? new Set(paths) : null;
  return Object.values(s.files)
    .filter((f) => !wanted || wanted.has(f.path))
    .map((f) => ({ path: f.path, text: f.text }));
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
// A check on focus looks at this many files at most (open tabs and changed files come first).
const DISK_CHECK_LIMIT = 200;

export const createWorkspaceJobsSlice =
  (services: StudioServices): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], WorkspaceJobsSlice> =>
  (set, get) => {
    /** Reads the disk's copies of these files and offers each whose text really differs (same text: only the time moved). */
    const offerDiskChanges = async (files: ReadonlyArray<StudioFile>): Promise<void> => {
      const handle = get().folderHandle;
      if (!handle) return;
      const found: DiskChange[] = [];
      for (const file of files) {
        const disk = await readFromDisk(handle, file.disk?.path ?? file.path);
        if (!disk) continue;
        if (disk.text === file.disk?.text) {
          get().markWrittenToDisk([{ id: file.id, path: file.disk.path, text: disk.text, modified: disk.modified }], []);
          continue;
        }
        found.push({ id: file.id, path: file.path, text: disk.text, modified: disk.modified, changedHere: isChangedFromDisk(file) });
      }
      if (found.length === 0) return;
      set((s) => ({ diskChanges: [...s.diskChanges.filter((c) => !found.some((f) => f.id === c.id)), ...found] }));
    };
    return {
      diskChanges: [],
      bundleActive: async (format) => {
        const s = get();
        const file = activeFile(s);
        const facts = s.analyses[file.id]?.analysis?.workspace;
        // The files its last analysis reached; all of them when it has none yet.
        const files = facts ? textFiles(s, [file.path, ...facts.dependencies]) : textFiles(s);
        const wanted = format ?? (file.format === 'json' ? 'json' : 'yaml');
        const outcome = await services.convert.bundle(file.version, { documentPath: file.path, files, format: wanted });
        if (outcome.kind === 'superseded') return null;
        if (outcome.kind === 'failed') {
          get().notify('error', `The document was not bundled: ${outcome.reason}`);
          return null;
        }
        if (!outcome.result.ok) {
          get().notify('error', `The document was not bundled: ${outcome.result.message}`);
          return null;
        }
        const { text, fileName, includedFiles, warnings } = outcome.result;
        for (const warning of warnings) get().notify('warning', warning);
        return { fileId: file.id, version: file.version, text, fileName, format: wanted, includedFiles };
      },
      zipWorkspace: async () => {
        const s = get();
        const outcome = await services.convert.zip(0, { files: textFiles(s) });
        if (outcome.kind !== 'done') {
          if (outcome.kind === 'failed') get().notify('error', `The workspace was not zipped: ${outcome.reason}`);
          return null;
        }
        if (!outcome.result.ok) {
          get().notify('error', `The workspace was not zipped: ${outcome.result.message}`);
          return null;
        }
        return { bytes: outcome.result.bytes, fileName: `${s.folder?.name ?? 'workspace'}.zip` };
      },
      saveFolder: async () => {
        const s = get();
        if (!s.folder) return null;
        const changed = Object.values(s.files).filter(isChangedFromDisk);
        const removed = s.folder.removed;
        if (changed.length === 0 && removed.length === 0) {
          s.notify('info', `Nothing to save: “${s.folder.name}” holds every file as it is here.`);
          return null;
        }
        const handle = s.folderHandle;
        if (handle && (await canWrite(handle, true))) {
          const result = await writeBack(
            handle,
            changed.map((f) => ({ id: f.id, path: f.path, text: f.text, previousPath: f.disk?.path, knownModified: f.disk?.modified })),
            removed,
          );
          get().markWrittenToDisk(result.written, result.removed);
          if (result.written.length + result.removed.length > 0) get().notify('info', `Saved to “${s.folder.name}”: ${plural(result.written.length, 'file')} written${result.removed.length > 0 ? `, ${plural(result.removed.length, 'file')} removed` : ''}.`);
          if (result.conflicts.length > 0) {
            await offerDiskChanges(result.conflicts.map((c) => get().files[c.id]).filter((f): f is StudioFile => f !== undefined));
            get().notify('warning', `Not written, changed on disk since the studio read ${result.conflicts.length === 1 ? 'it' : 'them'}: ${result.conflicts.map((c) => c.path).join(', ')}. Reload from disk or keep yours (then Save again).`);
          }
          if (result.failed.length > 0) get().notify('error', `Not saved to the folder: ${result.failed.map((f) => `${f.path} (${f.message})`).join(', ')}.`);
          return { kind: 'written' };
        }
        // No write access here (a folder opened through an upload input, or permission refused): the changes as a zip.
        const outcome = await services.convert.zip(0, { files: changed.map((f) => ({ path: f.path, text: f.text })) });
        if (outcome.kind !== 'done' || !outcome.result.ok) {
          get().notify('error', `The changed files were not zipped: ${outcome.kind === 'failed' ? outcome.reason : outcome.kind === 'done' && !outcome.result.ok ? outcome.result.message : 'superseded'}`);
          return null;
        }
        const note = removed.length > 0 ? ` Deleted here, delete them in the folder yourself: ${removed.join(', ')}.` : '';
        get().notify('info', `This browser cannot write into the folder: the ${plural(changed.length, 'changed file')} ${changed.length === 1 ? 'is' : 'are'} downloaded as a zip to unpack over it.${note}`);
        return { kind: 'zip', bytes: outcome.result.bytes, fileName: `${s.folder.name}-changes.zip` };
      },
      checkDisk: async () => {
        const s = get();
        const handle = s.folderHandle;
        if (!handle || !(await canWrite(handle, false))) return;
        const open = new Set(s.tabs);
        const candidates = Object.values(s.files)
          .filter((f) => f.inFolder && f.disk && (open.has(f.id) || isChangedFromDisk(f)))
          .slice(0, DISK_CHECK_LIMIT);
        const moved: StudioFile[] = [];
        for (const file of candidates) {
          const now = await modifiedOnDisk(handle, file.disk!.path);
          if (now !== null && now !== file.disk!.modified) moved.push(file);
        }
        await offerDiskChanges(moved);
      },
      reloadDiskChange: (id) => {
        const change = get().diskChanges.find((c) => c.id === id);
        if (!change) return;
        get().reloadFromDisk(id, change.text, change.modified);
        set((s) => ({ diskChanges: s.diskChanges.filter((c) => c.id !== id) }));
      },
      keepMine: (id) => {
        const change = get().diskChanges.find((c) => c.id === id);
        const file = get().files[id];
        if (!change || !file) return;
        // The disk's version is now known: the next Save writes this text over it, as asked.
        set((s) => ({
          diskChanges: s.diskChanges.filter((c) => c.id !== id),
          files: { ...s.files, [id]: { ...file, disk: { path: file.disk?.path ?? file.path, text: change.text, modified: change.modified } } },
        }));
      },
    };
  };
