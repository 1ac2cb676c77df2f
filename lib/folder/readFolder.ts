import { LIMITS } from '@/lib/analysis/limits';
import type { SkipReason } from '@/lib/workspace/types';
import type { FolderEntry, FolderScan } from './folderSource';

/** A file of the folder read as text. */
export interface ReadFile {
  path: string;
  text: string;
  /** lastModified on disk when read: a later one means the file changed there since. */
  modified: number;
}

/** A file listed in the workspace without its text, and why. */
export interface SkippedFile {
  path: string;
  reason: SkipReason;
  size?: number;
}

export interface FolderLimits {
  /** Larger files are listed but not read (a $ref to one says so). */
  maxFileBytes: number;
  /** Once this much text is read, the remaining files are listed but not read. */
  maxTotalBytes: number;
}

export const FOLDER_LIMITS: FolderLimits = { maxFileBytes: LIMITS.maxAnalysedBytes, maxTotalBytes: 200 * 1024 * 1024 };

export interface ReadSummary {
  name: string | null;
  read: number;
  skipped: SkippedFile[];
  excluded: FolderScan['excluded'];
  /** Files the browser would not hand over (permissions, vanished meanwhile). */
  unreadable: string[];
}

export interface ReadOptions {
  limits?: FolderLimits;
  /** Files read at once; each chunk is handed over, then the page gets a turn. */
  chunkSize?: number;
  onChunk: (files: ReadFile[], skipped: SkippedFile[]) => void;
  /** Lets the page paint and answer input between chunks (a folder of thousands of files must not freeze it). */
  yieldToPage?: () => Promise<void>;
  /** Stops reading (another folder was opened meanwhile). */
  cancelled?: () => boolean;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** NUL in the first 8,000 characters: no YAML, JSON, Avro or Protobuf text holds one. */
function isBinary(text: string): boolean {
  return text.slice(0, 8000).includes('\u0000');
}

type Outcome = { kind: 'file'; file: ReadFile; bytes: number } | { kind: 'skipped'; skipped: SkippedFile } | { kind: 'unreadable'; path: string };

async function readOne(entry: FolderEntry, limits: FolderLimits, budget: { left: number }): Promise<Outcome> {
  try {
    const opened = await entry.open();
    if (opened.size > limits.maxFileBytes || opened.size > budget.left) {
      return { kind: 'skipped', skipped: { path: entry.path, reason: 'too-large', size: opened.size } };
    }
    budget.left -= opened.size;
    const text = await opened.text();
    if (isBinary(text)) return { kind: 'skipped', skipped: { path: entry.path, reason: 'binary', size: opened.size } };
    return { kind: 'file', file: { path: entry.path, text, modified: opened.lastModified }, bytes: opened.size };
  } catch {
    return { kind: 'unreadable', path: entry.path };
  }
}

/**
 * Reads a scanned folder in chunks: each chunk's files go to `onChunk` (the store), then the page gets a
 * turn, so thousands of files never freeze it. Files over the size limits and binary files are listed as
 * skipped; excluded folders were never listed.
 */
export async function readFolder(scan: FolderScan, options: ReadOptions): Promise<ReadSummary> {
  const limits = options.limits ?? FOLDER_LIMITS;
  const chunkSize = options.chunkSize ?? 64;
  const yieldToPage = options.yieldToPage ?? defaultYield;
  const summary: ReadSummary = { name: scan.name, read: 0, skipped: [], excluded: scan.excluded, unreadable: [] };
  const budget = { left: limits.maxTotalBytes };
  for (let start = 0; start < scan.entries.length; start += chunkSize) {
    if (options.cancelled?.()) break;
    const outcomes = await Promise.all(scan.entries.slice(start, start + chunkSize).map((entry) => readOne(entry, limits, budget)));
    const files: ReadFile[] = [];
    const skipped: SkippedFile[] = [];
    for (const outcome of outcomes) {
      if (outcome.kind === 'file') files.push(outcome.file);
      else if (outcome.kind === 'skipped') skipped.push(outcome.skipped);
      else summary.unreadable.push(outcome.path);
    }
    summary.read += files.length;
    summary.skipped.push(...skipped);
    if (options.cancelled?.()) break;
    options.onChunk(files, skipped);
    await yieldToPage();
  }
  return summary;
}

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function listed(items: string[], max = 4): string {
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}

/** What the user is told once a folder is read: how many files, and everything that was not read, with why. */
export function describeFolderRead(summary: ReadSummary, limits: FolderLimits = FOLDER_LIMITS): { tone: 'info' | 'warning'; message: string } {
  const what = summary.name === null ? `Opened ${summary.read === 1 ? '1 file' : `${summary.read} files`}` : `Opened the folder “${summary.name}”: ${summary.read === 1 ? '1 file' : `${summary.read} files`}`;
  const notes: string[] = [];
  if (summary.excluded.length > 0) {
    const files = summary.excluded.reduce((n, e) => n + (e.files ?? 0), 0);
    notes.push(`skipped ${listed(summary.excluded.map((e) => e.path))} (folders the studio does not read${files > 0 ? `, ${files} files` : ''})`);
  }
  const tooLarge = summary.skipped.filter((s) => s.reason === 'too-large');
  if (tooLarge.length > 0) {
    const names = tooLarge.map((s) => (s.size === undefined ? s.path : `${s.path} (${megabytes(s.size)})`));
    notes.push(`not read, over the ${megabytes(limits.maxFileBytes)} limit per file (or ${megabytes(limits.maxTotalBytes)} in all): ${listed(names)}`);
  }
  const binary = summary.skipped.filter((s) => s.reason === 'binary');
  if (binary.length > 0) notes.push(`not read, binary: ${listed(binary.map((s) => s.path))}`);
  if (summary.unreadable.length > 0) notes.push(`could not be read: ${listed(summary.unreadable)}`);
  if (notes.length === 0) return { tone: 'info', message: `${what}.` };
  return { tone: 'warning', message: `${what}; ${notes.join('; ')}.` };
}
