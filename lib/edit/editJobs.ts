import { declaredVersion, loadSpecSchema } from '@/lib/editorIntel/specSchemas';
import type { Violation } from '@/lib/messageLab/violation';
import { EditError } from './editOps';
import type { JsonValue } from './editOps';
import { validateField } from './fieldValidator';
import { formFor } from './formModel';
import type { FormModel, SchemaRef } from './formModel';
import { objectPointerAt } from './locatePointer';
import { guideProgress, guideSteps, runGuideStep } from './newApiGuide';
import type { GuideAnswers, GuideStep, GuideStepId } from './newApiGuide';
import { openEditor } from './planEdits';
import { findReferences } from './references';
import type { Reference } from './references';
import { runAction } from './visualActions';
import type { EditOutcome, VisualAction } from './visualActions';

/**
 * Everything the inspector, the graph's add controls and the guide ask of the visual-edit engine, as
 * one job union for a worker (plain data both ways). Each job carries the text it is about; the worker
 * wiring adds `id`/`version` (see workers/protocol.ts) and drops answers for stale versions.
 */
export type EditJob =
  /** Plan an action: edits to apply through Monaco as one undo step. */
  | { job: 'plan'; text: string; action: VisualAction }
  /** What refers to an object (the list a delete dialog shows). */
  | { job: 'references'; text: string; pointer: string }
  /** The form for the object at a pointer (a graph node's, an outline entry's). */
  | { job: 'form'; text: string; pointer: string }
  /** The form for the object under the cursor (0-based offset into the text). */
  | { job: 'form-at'; text: string; offset: number }
  /** Validate a value as it is typed, against a field's schemas (from its form). */
  | { job: 'validate-field'; text: string; schemas: SchemaRef[]; value: JsonValue }
  /** The guide's steps (with the document's choices) and how far the document is. */
  | { job: 'guide'; text: string }
  /** Run one guide step. */
  | { job: 'guide-step'; text: string; step: GuideStepId; answers: GuideAnswers };

export type EditJobResult =
  | { job: 'plan' | 'guide-step'; outcome: EditOutcome }
  | { job: 'references'; references: Reference[] }
  | { job: 'form' | 'form-at'; form: FormModel | null; error?: string }
  | { job: 'validate-field'; violations: Violation[] }
  | { job: 'guide'; steps: GuideStep[]; done: GuideStepId[]; next: GuideStepId | null };

function rootOf(text: string): unknown {
  return openEditor(text).value();
}

/** Runs one job. Loads the document version's spec schema on first use (one chunk per version). */
export async function runEditJob(job: EditJob): Promise<EditJobResult> {
  try {
    switch (job.job) {
      case 'plan':
        return { job: 'plan', outcome: runAction(job.text, job.action) };
      case 'guide-step':
        return { job: 'guide-step', outcome: runGuideStep(job.text, job.step, job.answers) };
      case 'references':
        return { job: 'references', references: findReferences(rootOf(job.text), job.pointer) };
      case 'form':
      case 'form-at': {
        const root = rootOf(job.text);
        const pointer = job.job === 'form' ? job.pointer : objectPointerAt(job.text, job.offset, root);
        if (pointer === null) return { job: job.job, form: null };
        const spec = await loadSpecSchema(declaredVersion(job.text));
        return { job: job.job, form: formFor(spec, root, pointer) };
      }
      case 'validate-field': {
        const spec = await loadSpecSchema(declaredVersion(job.text));
        return { job: 'validate-field', violations: validateField(spec, job.schemas, job.value) };
      }
      case 'guide': {
        const progress = guideProgress(job.text);
        return { job: 'guide', steps: guideSteps(job.text), ...progress };
      }
    }
  } catch (error) {
    // A document that cannot be read has no form and no references; plans report it in their outcome.
    if (!(error instanceof EditError)) throw error;
    if (job.job === 'form' || job.job === 'form-at') return { job: job.job, form: null, error: error.message };
    if (job.job === 'references') return { job: 'references', references: [] };
    if (job.job === 'guide') return { job: 'guide', steps: guideSteps(''), done: [], next: 'info' };
    throw error;
  }
}
