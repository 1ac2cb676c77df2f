import type { SourceRange } from '@/lib/analysis/sourceMap';

export interface TextEdit {
  range: SourceRange;
  text: string;
}

export interface QuickFix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

/** What a fix needs of a problem: what the marker says and where. */
export interface FixableProblem {
  message: string;
  range: SourceRange;
}

/** The document's lines, read one at a time (Monaco's model offers exactly this). */
export interface Lines {
  count: number;
  get(line: number): string;
}

const PLACEHOLDERS: Record<string, string> = {
  version: "'1.0.0'",
  title: 'Untitled API',
  address: 'some/address',
  action: 'send',
  host: 'localhost',
  protocol: 'kafka',
  type: 'object',
};

const COMPONENT_BODIES: Record<string, string[]> = {
  messages: ['payload:', '  type: object'],
  schemas: ['type: object'],
  channels: ['address: some/address'],
  parameters: ['description: TODO'],
};

function indentOf(text: string): number {
  return text.length - text.trimStart().length;
}

function insertAfter(line: number, text: string): TextEdit {
  return { range: { startLine: line + 1, startColumn: 1, endLine: line + 1, endColumn: 1 }, text };
}

/** Replaces `publish`/`subscribe` in a 3.0 operation; the 2.x meaning (publish = the app receives) is preferred. */
function actionFixes(problem: FixableProblem, lines: Lines): QuickFix[] {
  if (!/"action" property must be equal to one of the allowed values/.test(problem.message)) return [];
  const { range } = problem;
  const current = lines.get(range.startLine).slice(range.startColumn - 1, range.endColumn - 1).trim();
  const meaning: Record<string, string> = { publish: 'receive', subscribe: 'send' };
  return ['send', 'receive'].map((action) => ({
    title: `Replace “${current}” with “${action}”`,
    preferred: meaning[current] === action,
    edits: [{ range, text: action }],
  }));
}

/** Adds a missing required property, with a placeholder, as the object's first entry (block YAML). */
function requiredFixes(problem: FixableProblem, lines: Lines): QuickFix[] {
  const match = /must have required property "([^"]+)"/.exec(problem.message);
  if (!match) return [];
  const property = match[1]!;
  const keyLine = lines.get(problem.range.startLine);
  if (!/:\s*(#.*)?$/.test(keyLine)) return [];
  const next = problem.range.startLine < lines.count ? lines.get(problem.range.startLine + 1) : '';
  const childIndent = next.trim() !== '' && indentOf(next) > indentOf(keyLine) ? indentOf(next) : indentOf(keyLine) + 2;
  const value = PLACEHOLDERS[property] ?? "''";
  return [{ title: `Add the missing “${property}”`, preferred: true, edits: [insertAfter(problem.range.startLine, `${' '.repeat(childIndent)}${property}: ${value}\n`)] }];
}

function findLine(lines: Lines, test: (text: string) => boolean, from = 1, to = lines.count): number {
  for (let l = from; l <= to; l++) if (test(lines.get(l))) return l;
  return 0;
}

/** Creates the component a local $ref names but the document lacks. */
function missingComponentFixes(problem: FixableProblem, lines: Lines): QuickFix[] {
  const match = /^'#\/components\/([\w.-]+)\/([\w.-]+)' does not exist/.exec(problem.message);
  if (!match) return [];
  const [, kind, name] = match as unknown as [string, string, string];
  const body = COMPONENT_BODIES[kind] ?? ['{}'];
  const block = (indent: number) => [`${' '.repeat(indent)}${name}:`, ...body.map((b) => `${' '.repeat(indent + 2)}${b}`)].join('\n') + '\n';
  const components = findLine(lines, (t) => /^components:\s*$/.test(t));
  let edit: TextEdit;
  if (!components) {
    const last = lines.count;
    const tail = lines.get(last);
    edit = { range: { startLine: last, startColumn: tail.length + 1, endLine: last, endColumn: tail.length + 1 }, text: `${tail === '' ? '' : '\n'}components:\n  ${kind}:\n${block(4)}` };
  } else {
    const end = findLine(lines, (t) => t.trim() !== '' && indentOf(t) === 0, components + 1) || lines.count + 1;
    const section = findLine(lines, (t) => new RegExp(`^ {2}${kind}:\\s*$`).test(t), components + 1, end - 1);
    edit = section ? insertAfter(section, block(4)) : insertAfter(components, `  ${kind}:\n${block(4)}`);
  }
  return [{ title: `Create the missing component “${kind}/${name}”`, preferred: true, edits: [edit] }];
}

/** The unambiguous fixes for a problem, if any. */
export function quickFixesFor(problem: FixableProblem, lines: Lines): QuickFix[] {
  return [...actionFixes(problem, lines), ...requiredFixes(problem, lines), ...missingComponentFixes(problem, lines)];
}
