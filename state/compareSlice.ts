import type { StateCreator } from 'zustand';
import { detectFormat } from '@/lib/analysis/documentFormat';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { DiffReport } from '@/lib/diff/types';
import { readDocumentFile } from '@/lib/files/documentFile';
import { textHash } from '@/lib/history/revisionPolicy';
import { fetchLinkedDocument } from '@/lib/share/fetchLinkedDocument';
import type { FetchLike } from '@/lib/share/fetchLinkedDocument';
import { describeLinkError } from '@/lib/share/linkErrors';
import { activeFile } from './filesSlice';
import { describeRevision } from './historySlice';
import type { StudioServices } from './services';
import type { StudioState } from './studioState';

/** What the active document is compared with. */
export type CompareBase =
  | { kind: 'revision'; revisionId: string }
  | { kind: 'file'; fileId: string }
  | { kind: 'disk'; file: Pick<File, 'name' | 'size' | 'text'> }
  | { kind: 'url'; url: string };

/** The compare-base `<select>`'s value: `revision:<id>`, `file:<id>`, `disk` or `url`. */
export type CompareBaseKey = string;

export function baseKeyOf(base: CompareBase): CompareBaseKey {
  if (base.kind === 'revision') return `revision:${base.revisionId}`;
  if (base.kind === 'file') return `file:${base.fileId}`;
  return base.kind;
}

/** The two texts compared, as the side-by-side view shows them. */
export interface ComparedTexts {
  baseText: string;
  newText: string;
  baseLabel: string;
  newLabel: string;
  baseFormat: DocumentFormat;
  newFormat: DocumentFormat;
}

export type Comparison =
  /** Waiting for the user: a file to pick, a URL to fetch, or a base to choose (`note` says why). */
  | { state: 'choosing'; baseKey: CompareBaseKey; note?: string }
  | { state: 'running'; baseKey: CompareBaseKey; step: string }
  | { state: 'failed'; baseKey: CompareBaseKey; message: string }
  | { state: 'done'; baseKey: CompareBaseKey; fileId: string; version: number; texts: ComparedTexts; report: DiffReport; markdown: string; json: string };

export interface CompareSlice {
  comparison: Comparison | null;
  /** Opens the comparison dialog with `base`, or with the newest revision that differs from the current text. */
  openComparison: (base?: CompareBase) => Promise<void>;
  /** Compares the active document (new) with `base` (old) in the compare worker. */
  compareWith: (base: CompareBase) => Promise<void>;
  /** The user picked a base in the dialog: a file or URL first waits for its input, the others compare at once. */
  chooseCompareBase: (key: CompareBaseKey) => void;
  closeComparison: () => void;
}

export interface CompareDeps {
  /** For tests; the page uses the browser's fetch (with fetchLinkedDocument's guards either way). */
  fetchImpl?: FetchLike;
}

const NO_DEFAULT_BASE =
  'No earlier revision differs from the current text yet. Choose another open file, a file from disk or a URL to compare with.';

function keyToBase(key: CompareBaseKey): CompareBase | null {
  if (key.startsWith('revision:')) return { kind: 'revision', revisionId: key.slice('revision:'.length) };
  if (key.startsWith('file:')) return { kind: 'file', fileId: key.slice('file:'.length) };
  return null;
}

const REASON_WORDS = { opened: 'opened', edited: 'edited', 'before-bulk': 'before a bulk change', saved: 'saved' } as const;

export const createCompareSlice =
  (services: StudioServices, deps: CompareDeps = {}): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], CompareSlice> =>
  (set, get) => {
    // Each comparison asked for; an answer to an older one is dropped.
    let request = 0;

    type BaseText = { ok: true; text: string; label: string } | { ok: false; message: string };
    const readBase = async (base: CompareBase): Promise<BaseText> => {
      if (base.kind === 'file') {
        const file = get().files[base.fileId];
        return file ? { ok: true, text: file.text, label: file.path } : { ok: false, message: 'That file is no longer open.' };
      }
      if (base.kind === 'revision') {
        const revision = get().timeline?.revisions.find((r) => r.id === base.revisionId);
        const text = await get().readRevision(base.revisionId);
        if (text === undefined) return { ok: false, message: 'That revision is no longer stored in this browser.' };
        const label = revision ? `revision of ${describeRevision(revision)} (${REASON_WORDS[revision.reason]})` : 'an earlier revision';
        return { ok: true, text, label };
      }
      if (base.kind === 'disk') {
        const read = await readDocumentFile(base.file);
        return read.ok ? { ok: true, text: read.text, label: read.name } : { ok: false, message: read.message };
      }
      // Fetched only now, because the user asked, with the same guards as a ?url= link (http(s) only, size, time, no cookies).
      const fetched = await fetchLinkedDocument(base.url, deps.fetchImpl ? { fetchImpl: deps.fetchImpl } : {});
      return fetched.ok ? { ok: true, text: fetched.text, label: base.url } : { ok: false, message: `${describeLinkError(fetched.error)} Address: ${base.url}` };
    };

    return {
      comparison: null,
      openComparison: async (base) => {
        get().openDialog('compare');
        if (base) return get().compareWith(base);
        const ticket = ++request;
        set({ comparison: { state: 'running', baseKey: '', step: 'Reading the history…' } });
        const { id, text } = activeFile(get());
        await get().loadTimeline(id);
        if (ticket !== request) return;
        const hash = textHash(text);
        const previous = get().timeline?.revisions.find((r) => r.hash !== hash);
        if (previous) return get().compareWith({ kind: 'revision', revisionId: previous.id });
        const other = get().tabs.find((tab) => tab !== id);
        if (other) return get().compareWith({ kind: 'file', fileId: other });
        set({ comparison: { state: 'choosing', baseKey: '', note: NO_DEFAULT_BASE } });
      },
      compareWith: async (base) => {
        const ticket = ++request;
        const baseKey = baseKeyOf(base);
        const { id: fileId, version, text: newText, path } = activeFile(get());
        set({ comparison: { state: 'running', baseKey, step: base.kind === 'url' ? 'Downloading…' : 'Comparing…' } });
        const read = await readBase(base);
        if (ticket !== request) return;
        if (!read.ok) return set({ comparison: { state: 'failed', baseKey, message: read.message } });
        set({ comparison: { state: 'running', baseKey, step: 'Comparing…' } });
        const outcome = await services.compare.compare({
          version,
          oldText: read.text,
          newText,
          oldLabel: read.label,
          newLabel: path,
          allowedOrigins: get().settings.allowedRefOrigins,
        });
        if (ticket !== request || outcome.kind === 'superseded') return;
        if (outcome.kind === 'failed') return set({ comparison: { state: 'failed', baseKey, message: outcome.reason } });
        const result = outcome.result;
        if (!result.ok) {
          const which = result.side === 'old' ? `${read.label}: ` : result.side === 'new' ? `${path}: ` : '';
          return set({ comparison: { state: 'failed', baseKey, message: `The documents were not compared. ${which}${result.message}` } });
        }
        const texts: ComparedTexts = {
          baseText: read.text,
          newText,
          baseLabel: read.label,
          newLabel: path,
          baseFormat: detectFormat(read.text),
          newFormat: detectFormat(newText),
        };
        set({ comparison: { state: 'done', baseKey, fileId, version, texts, report: result.report, markdown: result.markdown, json: result.json } });
      },
      chooseCompareBase: (key) => {
        const base = keyToBase(key);
        if (base) {
          void get().compareWith(base);
          return;
        }
        // A file or an address: nothing is read or fetched until the user gives it.
        request++;
        set({ comparison: { state: 'choosing', baseKey: key } });
      },
      closeComparison: () => {
        request++;
        set({ comparison: null });
        get().closeDialog();
      },
    };
  };
