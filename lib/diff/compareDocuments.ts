import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import type { Locate } from '@/lib/analysis/sourceMap';
import { alignRenames, renameChange, unalign } from './align';
import type { Rename } from './align';
import { CLASS_ORDER } from './classify';
import { buildModel } from './documentModel';
import { isRecord, isWithin } from './pointer';
import { DiffInputError, majorOf, toReferenceForm } from './referenceForm';
import { compareSchemaHomes } from './schemaChanges';
import { suggestVersion } from './semver';
import { compareChannelServers, compareOperationMessages } from './setChanges';
import { structuralChanges } from './structuralDiff';
import { classifyStructural } from './structuralRules';
import type { ClassifiedChange, RuleContext } from './structuralRules';
import type { Change, ChangeClass, ChangeGroup, Conversion, DiffReport, DocumentSummary } from './types';

export interface DiffSide {
  /**
   * The document as plain data: the parser's `document.json()` ($refs resolved), what
   * `unstringify(stringify(document)).json()` gives, or the YAML/JSON data as written.
   */
  document: unknown;
  /** Finds a JSON path's place in the text (lib/analysis/locate.ts); without it changes carry no line. */
  locate?: Locate;
  label?: string;
  /** The `asyncapi` version as written, when `document` is an upgrade of what the user wrote. */
  writtenVersion?: string;
  /** The parser rejected the text, so `document` is the data as written. */
  asWritten?: boolean;
}

export interface CompareOptions {
  /** Set by the caller that upgraded one side from 2.x (compareTexts does). */
  conversion?: Conversion;
  notes?: string[];
}

export const GROUP_ORDER: readonly ChangeGroup[] = ['server', 'channel', 'operation', 'message', 'schema', 'document'];

function summaryOf(side: DiffSide, form: Record<string, unknown>): DocumentSummary {
  const info = isRecord(form.info) ? form.info : {};
  return {
    asyncapi: side.writtenVersion ?? String(form.asyncapi),
    title: typeof info.title === 'string' ? info.title : undefined,
    version: typeof info.version === 'string' ? info.version : undefined,
    label: side.label,
    asWritten: side.asWritten || undefined,
  };
}

/** The pointer and every pointer above it, itself first. */
function ancestorsOf(pointer: string): string[] {
  const out: string[] = [];
  for (let at = pointer; at !== ''; at = at.slice(0, at.lastIndexOf('/'))) out.push(at);
  return out;
}

/** 1-based line of a pointer in a side's text, trying its parents when it is not written there (a $ref'd value). */
function lineOf(pointer: string, side: DiffSide, moves: Conversion['moves'] | undefined, renames: readonly Rename[]): number | undefined {
  if (!side.locate) return undefined;
  // Old pointers are in the aligned form: back to the old names first, then out of an upgrade.
  let written = unalign(pointer, renames);
  pointer = written;
  if (moves) {
    const move = moves.filter((m) => isWithin(pointer, m.to)).sort((a, b) => b.to.length - a.to.length)[0];
    if (move) written = move.from + pointer.slice(move.to.length);
  }
  const segments = pointerTokens(written);
  for (let n = segments.length; n >= 0; n--) {
    const range = side.locate(segments.slice(0, n));
    if (range) return range.startLine;
  }
  return undefined;
}

/**
 * Compares two AsyncAPI documents of the same major version and classifies every change. Pure:
 * no parsing, no conversion (compareTexts does those, in the compare worker).
 * @throws DiffInputError when a side is not an AsyncAPI 2.x/3.x document, the majors differ, or a
 * document expands beyond MAX_FORM_NODES.
 */
export function compareDocuments(oldSide: DiffSide, newSide: DiffSide, options: CompareOptions = {}): DiffReport {
  const oldForm = toReferenceForm(oldSide.document);
  const newForm = toReferenceForm(newSide.document);
  const major = majorOf(oldForm);
  if (majorOf(newForm) !== major) {
    throw new DiffInputError('not-asyncapi', `A ${String(oldForm.asyncapi)} document and a ${String(newForm.asyncapi)} document cannot be compared directly: upgrade the 2.x one first.`);
  }
  const { form: aligned, renames } = alignRenames(oldForm, newForm, major);
  const oldModel = buildModel(aligned);
  const newModel = buildModel(newForm);

  const raws = structuralChanges(aligned, newForm, major);
  const messageSets = compareOperationMessages(oldModel, newModel);
  const serverSets = compareChannelServers(aligned, newForm, major);
  const schemas = compareSchemaHomes(oldModel, newModel, messageSets.moved);

  // Sets of pointers, checked through each change's ancestors: linear in the number of changes.
  const covered = new Set([...schemas.covered, ...messageSets.moved.keys(), ...messageSets.moved.values()]);
  const replaced = new Set([...messageSets.replaced, ...serverSets.replaced]);
  const kept = new Set(messageSets.kept);
  const dropped = (path: string) => {
    const ancestors = ancestorsOf(path);
    if (ancestors.some((p) => covered.has(p))) return true;
    return ancestors.some((p) => replaced.has(p)) && !ancestors.some((p) => p !== path && kept.has(p));
  };
  const context: RuleContext = { major, old: oldModel, new: newModel };
  const classified: ClassifiedChange[] = [
    ...renames.map(renameChange),
    ...raws.filter((r) => !dropped(r.path)).map((r) => classifyStructural(r, context)),
    ...messageSets.changes,
    ...serverSets.changes,
    ...schemas.changes,
  ];

  const converted = options.conversion?.side;
  const changes: Change[] = classified.map((change) => {
    const sideName = change.kind === 'removed' ? 'old' : 'new';
    const side = sideName === 'old' ? oldSide : newSide;
    const line = lineOf(change.path, side, converted === sideName ? options.conversion?.moves : undefined, sideName === 'old' ? renames : []);
    return { ...change, side: sideName, ...(line !== undefined ? { line } : {}) };
  });
  changes.sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      a.entity.localeCompare(b.entity) ||
      CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class) ||
      a.path.localeCompare(b.path),
  );

  const counts: Record<ChangeClass, number> = { breaking: 0, 'non-breaking': 0, annotation: 0 };
  const toBump: Record<ChangeClass, number> = { breaking: 0, 'non-breaking': 0, annotation: 0 };
  for (const change of changes) {
    counts[change.class]++;
    // The version label itself is what the suggestion is about, not a reason for it.
    if (change.path !== '/info/version') toBump[change.class]++;
  }
  const oldSummary = summaryOf(oldSide, oldForm);
  const newSummary = summaryOf(newSide, newForm);
  return {
    old: oldSummary,
    new: newSummary,
    ...(options.conversion ? { conversion: options.conversion } : {}),
    changes,
    counts,
    version: suggestVersion(toBump, oldSummary.version, newSummary.version),
    notes: options.notes ?? [],
  };
}
