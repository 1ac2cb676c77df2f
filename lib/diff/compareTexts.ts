import type { Parser } from '@asyncapi/parser';
import { createLocate } from '@/lib/analysis/locate';
import type { RangeSource } from '@/lib/analysis/locate';
import type { Locate } from '@/lib/analysis/sourceMap';
import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import { convertDocument } from '@/lib/convert/convertDocument';
import { conversionTargets } from '@/lib/convert/versions';
import { messageOf } from '@/lib/errors/messageOf';
import { changelogJson, changelogMarkdown } from './changelog';
import { compareDocuments } from './compareDocuments';
import type { DiffSide } from './compareDocuments';
import { conversionMoves } from './conversionMoves';
import { DiffInputError, toReferenceForm } from './referenceForm';
import { textLocate } from './textLocate';
import type { Conversion, DiffReport } from './types';

export interface CompareTextsInput {
  oldText: string;
  newText: string;
  oldLabel?: string;
  newLabel?: string;
}

export type CompareFailureCode = 'syntax' | 'not-asyncapi' | 'conversion-failed' | 'too-large' | 'compare-failed';

export type CompareOutcome =
  | { ok: true; report: DiffReport; markdown: string; json: string }
  | { ok: false; side?: 'old' | 'new'; code: CompareFailureCode; message: string };

interface ParsedSide {
  document: unknown;
  locate: Locate;
  errors: number;
}

/** The last few texts parsed: comparing the active document with several revisions parses it once. */
export type ParseCache = Map<string, ParsedSide>;

const CACHE_SIZE = 4;

const sideName = { old: 'old', new: 'new' } as const;

function fail(code: CompareFailureCode, message: string, side?: 'old' | 'new'): CompareOutcome {
  return { ok: false, code, message, ...(side ? { side } : {}) };
}

/**
 * Parses with the studio's parser, without applying traits (so a reused channel or payload stays the
 * same object and is reported once, where it is defined). A text the parser rejects is compared as
 * written, its local $refs followed, so a half-edited revision can still be compared.
 */
async function parseSide(parser: Parser, text: string, cache: ParseCache): Promise<ParsedSide> {
  const cached = cache.get(text);
  if (cached) return cached;
  const output = await parser.parse(text, { applyTraits: false });
  const errors = output.diagnostics.filter((d) => d.severity === 0).length;
  let parsed: ParsedSide;
  if (output.document) {
    const source = output.extras?.document as unknown as RangeSource | undefined;
    parsed = { document: output.document.json(), locate: source ? createLocate(source) : textLocate(text), errors };
  } else {
    const syntax = checkSyntax(text);
    parsed = { document: syntax.ok ? syntax.value : undefined, locate: textLocate(text), errors: Math.max(errors, 1) };
  }
  cache.set(text, parsed);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return parsed;
}

/** The version to upgrade a 2.x side to: the other side's, when the converter can reach it. */
function targetFor(from: string, other: string): string | undefined {
  const targets = conversionTargets(from).filter((v) => v.startsWith('3.'));
  return targets.includes(other) ? other : targets[targets.length - 1];
}

/**
 * The compare worker's job: checks both texts, upgrades a 2.x side when the other is 3.x, parses both
 * and compares them. Never throws: every failure names the side it comes from.
 */
export async function compareTexts(input: CompareTextsInput, parser: Parser, cache: ParseCache = new Map()): Promise<CompareOutcome> {
  const texts = { old: input.oldText, new: input.newText };
  const versions: Record<'old' | 'new', string> = { old: '', new: '' };
  for (const side of ['old', 'new'] as const) {
    const syntax = checkSyntax(texts[side]);
    if (!syntax.ok) return fail('syntax', `The ${side} document cannot be read: ${syntax.diagnostics[0]?.message ?? 'unreadable'}`, side);
    if (!syntax.specVersion) return fail('not-asyncapi', `The ${side} document has no "asyncapi" version field.`, side);
    versions[side] = syntax.specVersion;
  }

  let conversion: Conversion | undefined;
  const compared = { ...texts };
  const major = (v: string) => v.split('.')[0];
  if (major(versions.old) !== major(versions.new)) {
    const side = major(versions.old) === '2' ? sideName.old : major(versions.new) === '2' ? sideName.new : undefined;
    if (!side) return fail('not-asyncapi', `AsyncAPI ${versions.old} and ${versions.new} documents cannot be compared.`);
    const other = side === 'old' ? versions.new : versions.old;
    const target = targetFor(versions[side], other);
    if (!target) return fail('conversion-failed', `The ${side} document (AsyncAPI ${versions[side]}) cannot be upgraded for comparison.`, side);
    const converted = convertDocument(texts[side], target, { perspective: 'application' });
    if (!converted.ok) return fail('conversion-failed', `The ${side} document could not be upgraded to ${target} for comparison: ${converted.message}`, side);
    compared[side] = converted.text;
    conversion = { side, from: versions[side], to: target, perspective: 'application', moves: [], warnings: converted.warnings };
  }

  try {
    const parsed = { old: await parseSide(parser, compared.old, cache), new: await parseSide(parser, compared.new, cache) };
    const notes: string[] = [];
    const sides = {} as Record<'old' | 'new', DiffSide>;
    for (const side of ['old', 'new'] as const) {
      const { document, locate, errors } = parsed[side];
      if (document === undefined) return fail('syntax', `The ${side} document cannot be read.`, side);
      const upgraded = conversion?.side === side;
      const asWritten = !parsed[side].document || errors > 0;
      if (asWritten) notes.push(`The ${side} document has ${errors} error${errors === 1 ? '' : 's'}: it was compared as written, its local $refs followed.`);
      sides[side] = {
        document,
        // An upgrade's lines are found in the text the user wrote, through the moves below.
        locate: upgraded ? textLocate(texts[side]) : locate,
        label: side === 'old' ? input.oldLabel : input.newLabel,
        ...(upgraded ? { writtenVersion: versions[side] } : {}),
        ...(asWritten ? { asWritten } : {}),
      };
    }
    if (conversion) {
      const written = checkSyntax(texts[conversion.side]);
      const upgradedForm = toReferenceForm(sides[conversion.side].document);
      conversion.moves = written.ok ? conversionMoves(toReferenceForm(written.value), upgradedForm) : [];
      notes.unshift(
        `The ${conversion.side} document (AsyncAPI ${conversion.from}) was upgraded to ${conversion.to} to compare it, reading publish as receive and subscribe as send.`,
      );
    }
    const report = compareDocuments(sides.old, sides.new, { conversion, notes });
    // Both reports are written here, in the worker: the page never loads the diff engine to write one.
    return { ok: true, report, markdown: changelogMarkdown(report), json: changelogJson(report) };
  } catch (error) {
    if (error instanceof DiffInputError) return fail(error.code, error.message);
    return fail('compare-failed', `The comparison failed: ${messageOf(error)}`);
  }
}
