import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { ReadRuleset } from '../ruleset/rulesetTypes';
import type { GovernanceScore } from '../score';

export const TOOL_NAME = 'AsyncAPI Studio governance';

export interface ReportInput {
  /** The problems to report, from any source (parser, rules, custom). */
  diagnostics: readonly Diagnostic[];
  /** Workspace path of the document, for problems without `file` (e.g. `asyncapi.yaml`). */
  documentPath: string;
  /** The ruleset whose rules' descriptions (and documentation links) go into the report. */
  ruleset?: ReadRuleset;
  score?: GovernanceScore;
  toolVersion?: string;
}

/** The file a problem is in, as a workspace path with `/` separators. */
export function fileOf(diagnostic: Diagnostic, documentPath: string): string {
  return (diagnostic.file ?? documentPath).replace(/\\/g, '/').replace(/^\.?\//, '');
}

/** Problems in a stable order: by file, line, column, then rule. */
export function ordered(input: ReportInput): Diagnostic[] {
  return [...input.diagnostics].sort(
    (a, b) =>
      fileOf(a, input.documentPath).localeCompare(fileOf(b, input.documentPath)) ||
      a.range.startLine - b.range.startLine ||
      a.range.startColumn - b.range.startColumn ||
      a.code.localeCompare(b.code),
  );
}
