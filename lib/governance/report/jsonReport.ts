import { countBySeverity } from '@/lib/analysis/diagnostic';
import type { Severity, SeverityCounts } from '@/lib/analysis/diagnostic';
import { printPointer } from '../messages';
import type { GovernanceScore } from '../score';
import { TOOL_NAME, fileOf, ordered } from './reportInput';
import type { ReportInput } from './reportInput';

export interface JsonReportProblem {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  ruleId: string;
  severity: Severity;
  source: 'parser' | 'rules' | 'custom';
  message: string;
  /** JSON pointer of the value, when known. */
  pointer?: string;
}

export interface JsonReport {
  tool: { name: string; version?: string };
  score?: GovernanceScore;
  summary: SeverityCounts;
  problems: JsonReportProblem[];
}

/** The studio's own report: one flat list of problems with file, line, rule id and severity, and the score. */
export function toJsonReport(input: ReportInput): JsonReport {
  const problems = ordered(input).map((d) => ({
    file: fileOf(d, input.documentPath),
    line: d.range.startLine,
    column: d.range.startColumn,
    endLine: d.range.endLine,
    endColumn: d.range.endColumn,
    ruleId: d.code,
    severity: d.severity,
    source: d.source ?? 'parser',
    message: d.message,
    ...(d.path ? { pointer: printPointer(d.path) } : {}),
  }));
  return {
    tool: { name: TOOL_NAME, ...(input.toolVersion ? { version: input.toolVersion } : {}) },
    ...(input.score ? { score: input.score } : {}),
    summary: countBySeverity(input.diagnostics),
    problems,
  };
}
