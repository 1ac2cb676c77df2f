import type { Diagnostic, DiagnosticSource, Severity } from '@/lib/analysis/diagnostic';
import type { JsonPath, Locate } from '@/lib/analysis/sourceMap';
import { formatsOf, matchesFormats } from './formats';
import { queryJsonPath } from './jsonPath';
import type { PathMatch } from './jsonPath';
import { fillMessage, printPointer } from './messages';
import { resolveLocalRefs } from './resolve';
import type { ResolvedView } from './resolve';
import { fieldTargets, isOpenRef } from './targets';
import type { FunctionDefinition, FunctionResult } from './types';

export interface RunnableThen {
  field?: string;
  fn: FunctionDefinition;
  options: unknown;
}

/** A rule ready to run: its function looked up, its severity settled (rules that are off are not here). */
export interface RunnableRule {
  id: string;
  source: Exclude<DiagnosticSource, 'parser'>;
  severity: Severity;
  description: string;
  message?: string;
  formats?: readonly string[];
  /** JSONPath expressions; one from a scoped alias applies only to its formats. */
  given: ReadonlyArray<{ path: string; formats?: readonly string[] }>;
  then: readonly RunnableThen[];
  resolved: boolean;
}

/** How a rule fared: how many values it judged and how many of them failed (the score is made of these). */
export interface RuleTally {
  checks: number;
  failures: number;
}

export interface RunOutput {
  diagnostics: Diagnostic[];
  tallies: Map<string, RuleTally>;
  /** Rules that threw while running (a bug, or a filter the evaluator refused): they count as not run. */
  crashed: Array<{ ruleId: string; message: string }>;
}

/** A rule that matches far too much (`$..*` with truthy) stops reporting here, to keep the problems panel usable. */
export const MAX_PROBLEMS_PER_RULE = 500;

const NOWHERE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 };

function valueAt(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

interface RunInput {
  data: unknown;
  locate: Locate;
  /** Workspace path of the document, written into each diagnostic. */
  file?: string;
}

class RuleRun {
  readonly diagnostics: Diagnostic[] = [];
  readonly tally: RuleTally = { checks: 0, failures: 0 };
  private readonly seen = new Set<string>();
  private readonly judged = new Set<string>();

  constructor(
    private readonly rule: RunnableRule,
    private readonly input: RunInput,
    private readonly view: ResolvedView | null,
  ) {}

  private get document(): unknown {
    return this.view ? this.view.data : this.input.data;
  }

  run(formats: ReadonlySet<string>): void {
    for (const given of this.rule.given) {
      if (!matchesFormats(given.formats, formats)) continue;
      for (const match of queryJsonPath(this.document, given.path)) this.runOn(match);
    }
  }

  private runOn(match: PathMatch): void {
    if (this.view && isOpenRef(match.value)) return;
    this.rule.then.forEach((then, index) => {
      for (const target of fieldTargets(match.value, then.field, this.view !== null)) {
        const path = [...match.path, ...target.path];
        // A value reached through several $refs (a message used by two channels) is judged once.
        if (this.view) {
          const key = `${index}${printPointer(this.view.sourcePathOf(path))}`;
          if (this.judged.has(key)) continue;
          this.judged.add(key);
        }
        let examined: number | undefined;
        const results =
          then.fn.run(target.value, then.options, { path, document: this.document, examined: (count) => (examined = count) }) ?? [];
        this.tally.checks += examined ?? 1;
        this.tally.failures += examined === undefined ? Math.min(results.length, 1) : Math.min(results.length, examined);
        for (const result of results) this.report(result, path);
      }
    });
  }

  private report(result: FunctionResult, targetPath: JsonPath): void {
    if (this.diagnostics.length >= MAX_PROBLEMS_PER_RULE) return;
    const resultPath = result.path ?? targetPath;
    const sourcePath = this.view ? this.view.sourcePathOf(resultPath) : [...resultPath];
    const property = sourcePath.length > 0 ? String(sourcePath[sourcePath.length - 1]) : '';
    const values = {
      error: result.message,
      path: printPointer(sourcePath),
      property,
      value: valueAt(this.input.data, sourcePath),
      description: this.rule.description,
    };
    const error = fillMessage(result.message, values);
    const message =
      this.rule.message !== undefined ? fillMessage(this.rule.message, { ...values, error }) : this.rule.description || error;
    const key = `${printPointer(sourcePath)}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.diagnostics.push({
      severity: this.rule.severity,
      message,
      code: this.rule.id,
      range: this.input.locate(sourcePath) ?? NOWHERE,
      path: sourcePath,
      source: this.rule.source,
      ...(this.input.file !== undefined ? { file: this.input.file } : {}),
    });
  }
}

/**
 * Runs rules over one document. Resolved rules see local `$ref`s followed and report where the value is
 * written (a message used by two channels is reported once, at its definition); unresolved rules see the text's structure.
 */
export function runRules(rules: readonly RunnableRule[], input: RunInput): RunOutput {
  const formats = formatsOf(valueAt(input.data, ['asyncapi']));
  let view: ResolvedView | null = null;
  const output: RunOutput = { diagnostics: [], tallies: new Map(), crashed: [] };
  for (const rule of rules) {
    if (!matchesFormats(rule.formats, formats)) continue;
    if (rule.resolved && !view) view = resolveLocalRefs(input.data);
    const run = new RuleRun(rule, input, rule.resolved ? view : null);
    try {
      run.run(formats);
    } catch (error) {
      output.crashed.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
      continue;
    }
    output.diagnostics.push(...run.diagnostics);
    output.tallies.set(rule.id, run.tally);
  }
  return output;
}
