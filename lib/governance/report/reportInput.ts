import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { GovernanceScore } from '../score';
import type { RuleSeverity } from '../types';

/** What a report says about a ruleset's own rule (a RulesetRule has this shape). */
export interface CustomRuleInfo {
  id: string;
  description: string;
  severity: RuleSeverity;
  documentationUrl?: string;
}

export const TOOL_NAME = 'AsyncAPI Studio governance';

export interface ReportInput {
  /** The problems to report, from any source (parser, rules, custom). */
  diagnostics: readonly Diagnostic[];
  /** Workspace path of the document, for problems without `file` (e.g. `asyncapi.yaml`). */
  documentPath: string;
  /** The ruleset's own rules, whose descriptions (and documentation links) go into the report. */
  customRules?: readonly CustomRuleInfo[];
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
