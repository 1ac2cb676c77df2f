import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { bySeverity, filterProblems, groupByFile, nextProblem } from './problemList';

const at = (line: number, severity: Diagnostic['severity'] = 'error', extra: Partial<Diagnostic> = {}): Diagnostic => ({
  severity,
  message: `problem at ${line}`,
  code: 'some-check',
  range: { startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
  ...extra,
});
const ALL = { error: true, warning: true, info: true, hint: true };

describe('the problems list', () => {
  it('keeps the severities shown and matches the search in message, code and file', () => {
    const list = [at(1), at(2, 'warning', { code: 'info-description' }), at(3, 'hint', { file: 'common/messages.yaml' })];
    expect(filterProblems(list, { shown: { ...ALL, warning: false }, query: '' }, 'main.yaml')).toEqual([list[0], list[2]]);
    expect(filterProblems(list, { shown: ALL, query: 'DESCRIPTION' }, 'main.yaml')).toEqual([list[1]]);
    expect(filterProblems(list, { shown: ALL, query: 'messages.yaml' }, 'main.yaml')).toEqual([list[2]]);
    expect(filterProblems(list, { shown: ALL, query: 'main' }, 'main.yaml')).toEqual([list[0], list[1]]);
  });

  it('lists errors first, then warnings, infos and hints, each in line order', () => {
    const list = [at(1, 'warning'), at(2, 'info'), at(3), at(4, 'hint'), at(5, 'warning'), at(6)];
    expect(bySeverity(list).map((d) => `${d.severity} ${d.range.startLine}`)).toEqual(['error 3', 'error 6', 'warning 1', 'warning 5', 'info 2', 'hint 4']);
  });

  it('groups by file, the active document first', () => {
    const list = [at(9, 'error', { file: 'b.yaml' }), at(1), at(4, 'error', { file: 'a.yaml' }), at(2)];
    expect(groupByFile(list, 'main.yaml').map((g) => [g.file, g.problems.map((p) => p.range.startLine)])).toEqual([
      ['main.yaml', [1, 2]],
      ['a.yaml', [4]],
      ['b.yaml', [9]],
    ]);
  });

  it('F8 goes to the next problem after the cursor and wraps; Shift+F8 goes back; other files are skipped', () => {
    const list = [at(10), at(4), at(20, 'warning'), at(7, 'error', { file: 'other.yaml' })];
    const line = (d?: Diagnostic) => d?.range.startLine;
    expect(line(nextProblem(list, 'main.yaml', { line: 1, column: 1 }, 1))).toBe(4);
    expect(line(nextProblem(list, 'main.yaml', { line: 4, column: 3 }, 1))).toBe(10);
    expect(line(nextProblem(list, 'main.yaml', { line: 25, column: 1 }, 1))).toBe(4);
    expect(line(nextProblem(list, 'main.yaml', { line: 10, column: 3 }, -1))).toBe(4);
    expect(line(nextProblem(list, 'main.yaml', { line: 2, column: 1 }, -1))).toBe(20);
    expect(nextProblem([at(3, 'error', { file: 'other.yaml' })], 'main.yaml', { line: 1, column: 1 }, 1)).toBeUndefined();
  });
});
