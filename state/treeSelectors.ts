import { isChangedFromDisk } from '@/lib/persistence/workspaceMerge';
import type { StudioFile } from './filesSlice';
import { isAsyncApiFile } from './folderSlice';
import type { StudioState } from './studioState';

/** One entry of the workspace tree: a file of the store, or a file listed without its text. */
export interface TreeEntry {
  path: string;
  /** The store's file id; absent for a skipped file. */
  id?: string;
  skipped?: string;
}

/**
 * Every path of the workspace (files and skipped files) as one string, so the tree re-renders only when files
 * come, go or are renamed, never per keystroke. Lines: `path \t id` or `path \t \t reason`.
 */
export function selectTreeListing(s: StudioState): string {
  const lines = Object.values(s.files).map((f) => `${f.path}\t${f.id}`);
  for (const skipped of s.folder?.skipped ?? []) lines.push(`${skipped.path}\t\t${skipped.reason}`);
  // Selectors run on every store change (each keystroke): with thousands of files, sort only what changed.
  if (lastListing && sameLines(lastListing.lines, lines)) return lastListing.listing;
  lastListing = { lines, listing: [...lines].sort().join('\n') };
  return lastListing.listing;
}

let lastListing: { lines: string[]; listing: string } | undefined;

function sameLines(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((line, i) => line === b[i]);
}

export function parseTreeListing(listing: string): TreeEntry[] {
  if (listing === '') return [];
  return listing.split('\n').map((line) => {
    const [path = '', id = '', skipped = ''] = line.split('\t');
    return id ? { path, id } : { path, skipped };
  });
}

export const selectFolder = (s: StudioState) => s.folder;
export const selectFolderName = (s: StudioState) => s.folder?.name ?? null;
export const selectFolderLoading = (s: StudioState) => s.folderLoading;
export const selectFolderWritable = (s: StudioState) => s.folder?.writable === true;

/** How many folder files differ from the disk (new, renamed, edited) plus files deleted here. */
export function selectDiskChangeCount(s: StudioState): number {
  let n = s.folder?.removed.length ?? 0;
  for (const file of Object.values(s.files)) if (changedFromDisk(file)) n++;
  return n;
}

// A file object is replaced, never changed, when its text or disk record changes: its answer can be kept.
const changedByFile = new WeakMap<StudioFile, boolean>();

function changedFromDisk(file: StudioFile): boolean {
  let changed = changedByFile.get(file);
  if (changed === undefined) changedByFile.set(file, (changed = isChangedFromDisk(file)));
  return changed;
}

export const selectIsAsyncApiFile = (id: string) => (s: StudioState) => {
  const file = s.files[id];
  return file ? isAsyncApiFile(file) : false;
};
export const selectIsChangedFromDisk = (id: string) => (s: StudioState) => {
  const file = s.files[id];
  return file ? isChangedFromDisk(file) : false;
};
export const selectIsOpenTab = (id: string) => (s: StudioState) => s.tabs.includes(id);
export const selectIsActive = (id: string) => (s: StudioState) => s.activeId === id;
export const selectInFolder = (id: string) => (s: StudioState) => s.files[id]?.inFolder === true;

/** The workspace files the active document's last analysis reached through its $refs (that exist), one per line. */
export function selectActiveFileReferences(s: StudioState): string {
  const dependencies = s.analyses[s.activeId]?.analysis?.workspace?.dependencies ?? [];
  if (dependencies.length === 0) return '';
  const paths = new Set(Object.values(s.files).map((f) => f.path));
  return dependencies.filter((p) => paths.has(p)).join('\n');
}
