import type { StateCreator } from 'zustand';
import type { EditJob, EditJobResult } from '@/lib/edit/editJobs';
import type { EditErrorCode, JsonValue } from '@/lib/edit/editOps';
import type { FormModel, SchemaRef } from '@/lib/edit/formModel';
import type { GuideAnswers, GuideStep, GuideStepId } from '@/lib/edit/newApiGuide';
import type { Reference } from '@/lib/edit/references';
import type { EditOutcome, VisualAction } from '@/lib/edit/visualActions';
import type { Violation } from '@/lib/messageLab/violation';
import type { JobOutcome } from '@/workers/jobClient';
import { offsetOfPosition } from './textPosition';
import type { StudioServices } from './services';
import type { StudioState } from './studioState';

/** What the inspector shows: the object at `pointer` of one file, with its form for the file's `version`. */
export interface InspectorState {
  fileId: string;
  /** The selected object; null when nothing is selected (the inspector offers the document's overview). */
  pointer: string | null;
  /** The file version `form` was computed for. */
  version: number;
  form: FormModel | null;
  loading: boolean;
  /** Why there is no form (the text cannot be read). */
  error?: string;
}

/** How a visual edit ended: applied (with notes for the user), or why not. */
export type VisualEditResult =
  | { ok: true; notes: string[] }
  | { ok: false; code: EditErrorCode | 'stale' | 'failed' | 'read-only' | 'closed'; message: string };

export interface GuideState {
  steps: GuideStep[];
  done: GuideStepId[];
  next: GuideStepId | null;
}

/** Where the inspector should look: an object by pointer, or the object around a 1-based editor position. */
export type InspectTarget = { pointer: string } | { line: number; column: number };

export interface VisualEditSlice {
  inspector: InspectorState | null;
  /** A change the document's 2.x model cannot express: the UI offers the upgrade (the Convert dialog). */
  upgradeOffer: { fileId: string; message: string } | null;
  /** An object the user asked to delete: the dialog lists what refers to it before anything goes. */
  deleteRequest: { fileId: string; pointer: string } | null;
  askToDelete: (pointer: string) => void;
  closeDeleteRequest: () => void;
  /** Opens the form of an object of the active file (a graph node, an outline entry, the cursor's place). */
  inspect: (target: InspectTarget) => Promise<void>;
  /** The form again for the file's current text (after any edit), for the same object. */
  refreshInspector: () => Promise<void>;
  clearInspector: () => void;
  /**
   * Plans an action on the active file's text in the edit worker and applies the edits as one undo step,
   * only to that file and only if it did not change meanwhile (otherwise it plans again once, then gives up
   * and says so). `select` is the object to inspect afterwards (a new or renamed one; null: none).
   */
  runVisualAction: (action: VisualAction, options?: { select?: string | null; quiet?: boolean }) => Promise<VisualEditResult>;
  /** One step of the new API guide on the active file, applied like a visual action (the guide shows why one cannot run). */
  runGuideStep: (step: GuideStepId, answers: GuideAnswers) => Promise<VisualEditResult>;
  /** The guide's steps (choices from the active file) and how far the file is; null when it failed. */
  loadGuide: () => Promise<GuideState | null>;
  /** What refers to an object of the active file (for the delete dialog); null when it failed. */
  referencesTo: (pointer: string) => Promise<Reference[] | null>;
  /** A value checked against a field's schemas as it is typed; null when a newer check replaced it. */
  checkField: (schemas: SchemaRef[], value: JsonValue) => Promise<Violation[] | null>;
  dismissUpgradeOffer: () => void;
}

/** The spec version is read from the text's first 4 KB (declaredVersion): a field check sends no more. */
const VERSION_HEAD = 4096;

type Job<K extends EditJobResult['job']> = Extract<EditJobResult, { job: K }>;

function resultOf<K extends EditJobResult['job']>(outcome: JobOutcome<EditJobResult>, job: K): Job<K> | null {
  return outcome.kind === 'done' && outcome.result.job === job ? (outcome.result as Job<K>) : null;
}

export const createVisualEditSlice =
  (services: StudioServices): StateCreator<StudioState, [['zustand/subscribeWithSelector', never]], [], VisualEditSlice> =>
  (set, get) => {
    // Edits run one after another, each planned on the text the previous one left.
    let chain: Promise<unknown> = Promise.resolve();
    const serial = <T>(task: () => Promise<T>): Promise<T> => {
      const run = chain.then(task, task);
      chain = run.catch(() => undefined);
      return run;
    };

    const refuse = (code: Extract<VisualEditResult, { ok: false }>['code'], message: string): VisualEditResult => ({ ok: false, code, message });

    /** Plans with `job` on the file's current text and applies the result, re-planning once when the file moved on. */
    const planAndApply = (fileId: string, job: (text: string) => EditJob, select: string | null | undefined, quiet = false): Promise<VisualEditResult> =>
      serial(async () => {
        for (let attempt = 0; attempt < 2; attempt++) {
          const file = get().files[fileId];
          if (!file) return refuse('closed', 'The document was closed; nothing was changed.');
          if (file.readOnly) {
            get().notify('warning', 'This document is read-only: visual edits are off.');
            return refuse('read-only', 'This document is read-only.');
          }
          const { version, text } = file;
          const outcome = await services.edit.act(version, job(text));
          if (outcome.kind === 'failed') {
            get().notify('error', outcome.reason);
            return refuse('failed', outcome.reason);
          }
          const planned: EditOutcome | undefined = outcome.kind === 'done' && (outcome.result.job === 'plan' || outcome.result.job === 'guide-step') ? outcome.result.outcome : undefined;
          if (!planned) return refuse('failed', 'The visual edit was replaced by a newer one.');
          if (!planned.ok) {
            if (planned.code === 'upgrade-needed') set({ upgradeOffer: { fileId, message: planned.message } });
            else if (!quiet) get().notify('warning', planned.message);
            return refuse(planned.code, planned.message);
          }
          if (get().applyFileEdits(fileId, version, planned.edits)) {
            for (const note of planned.notes) get().notify('info', note);
            if (select !== undefined) {
              if (select === null) get().clearInspector();
              else if (get().activeId === fileId) void get().inspect({ pointer: select });
            }
            return { ok: true, notes: planned.notes };
          }
          // The text changed while the worker planned: the action names objects, not offsets, so plan it again.
        }
        get().notify('warning', 'The document kept changing while the edit was planned; nothing was applied. Try again.');
        return refuse('stale', 'The document changed meanwhile.');
      });

    // Only the newest request's answer is shown (an older one may still be running in the worker).
    let formRequest = 0;

    /** Asks for the form of `target` in the active file; the answer counts only while it still fits. */
    const requestForm = async (target: InspectTarget) => {
      const request = ++formRequest;
      const { id: fileId, version, text } = get().files[get().activeId]!;
      const current = get().inspector;
      const pointer = 'pointer' in target ? target.pointer : current?.fileId === fileId ? current.pointer : null;
      const keep = current?.fileId === fileId && current.pointer === pointer ? current.form : null;
      set({ inspector: { fileId, pointer, version: current?.version ?? version, form: keep, loading: true } });
      const job: EditJob = 'pointer' in target ? { job: 'form', text, pointer: target.pointer } : { job: 'form-at', text, offset: offsetOfPosition(text, target.line, target.column) };
      const outcome = await services.edit.inspect(version, job);
      const after = get().inspector;
      // A newer request (or a tab switch, or a clear) owns the inspector now; a changed text asks again.
      if (request !== formRequest || outcome.kind === 'superseded' || after?.fileId !== fileId || get().files[fileId]?.version !== version) return;
      if (outcome.kind === 'failed') {
        set({ inspector: { ...after, loading: false, error: outcome.reason } });
        return;
      }
      const answer = resultOf(outcome, 'pointer' in target ? 'form' : 'form-at');
      if (!answer) return;
      // The cursor in no object keeps the current selection.
      if (!('pointer' in target) && !answer.form && !answer.error) {
        set({ inspector: { ...after, loading: false } });
        return;
      }
      set({ inspector: { fileId, pointer: answer.form?.pointer ?? after.pointer, version, form: answer.form, loading: false, ...(answer.error ? { error: answer.error } : {}) } });
    };

    return {
      inspector: null,
      upgradeOffer: null,
      deleteRequest: null,
      askToDelete: (pointer) => set({ deleteRequest: { fileId: get().activeId, pointer } }),
      closeDeleteRequest: () => set({ deleteRequest: null }),
      inspect: (target) => requestForm(target),
      refreshInspector: async () => {
        const current = get().inspector;
        if (!current || current.fileId !== get().activeId || current.pointer === null) return;
        await requestForm({ pointer: current.pointer });
      },
      clearInspector: () => {
        formRequest++;
        set({ inspector: null });
      },
      runVisualAction: (action, options = {}) => planAndApply(get().activeId, (text) => ({ job: 'plan', text, action }), options.select, options.quiet),
      runGuideStep: (step, answers) => planAndApply(get().activeId, (text) => ({ job: 'guide-step', text, step, answers }), undefined, true),
      loadGuide: () =>
        serial(async () => {
          const { version, text } = get().files[get().activeId]!;
          const answer = resultOf(await services.edit.act(version, { job: 'guide', text }), 'guide');
          return answer ? { steps: answer.steps, done: answer.done, next: answer.next } : null;
        }),
      referencesTo: (pointer) =>
        serial(async () => {
          const { version, text } = get().files[get().activeId]!;
          return resultOf(await services.edit.act(version, { job: 'references', text, pointer }), 'references')?.references ?? null;
        }),
      checkField: async (schemas, value) => {
        const { version, text } = get().files[get().activeId]!;
        const outcome = await services.edit.check(version, { job: 'validate-field', text: text.slice(0, VERSION_HEAD), schemas, value });
        return resultOf(outcome, 'validate-field')?.violations ?? null;
      },
      dismissUpgradeOffer: () => set({ upgradeOffer: null }),
    };
  };
