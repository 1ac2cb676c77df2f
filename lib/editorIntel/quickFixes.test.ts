import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import type { QuickFix } from './quickFixes';
import { quickFixesFor } from './quickFixes';

function linesOf(text: string) {
  const all = text.split('\n');
  return { count: all.length, get: (n: number) => all[n - 1] ?? '' };
}

/** Applies single-position edits (our fixes make one edit each). */
function apply(text: string, fix: QuickFix): string {
  const all = text.split('\n');
  const [edit] = fix.edits;
  const { startLine, startColumn, endLine, endColumn } = edit!.range;
  const offset = (line: number, column: number) => all.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return text.slice(0, offset(startLine, startColumn)) + edit!.text + text.slice(offset(endLine, endColumn));
}

const parser = createParser();

/** Fixes the first error with the preferred fix, and returns the new text's errors. */
async function fixFirstError(text: string) {
  const before = await analyzeDocument(parser, text);
  const error = before.diagnostics.find((d) => d.severity === 'error')!;
  const fixes = quickFixesFor(error, linesOf(text));
  const fixed = apply(text, fixes.find((f) => f.preferred)!);
  const after = await analyzeDocument(parser, fixed);
  return { fixes, fixed, errors: after.diagnostics.filter((d) => d.severity === 'error') };
}

describe('quick fixes', () => {
  it('turns `action: publish` in a 3.0 document into a valid action (receive, its 2.x meaning, preferred)', async () => {
    const { fixes, fixed, errors } = await fixFirstError(
      "asyncapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\nchannels:\n  c:\n    address: c\noperations:\n  o:\n    action: publish\n    channel:\n      $ref: '#/channels/c'\n",
    );
    expect(fixes.map((f) => f.title)).toEqual(['Replace “publish” with “send”', 'Replace “publish” with “receive”']);
    expect(fixed).toContain('action: receive');
    expect(errors).toEqual([]);
  });

  it('adds a missing required property with a placeholder', async () => {
    const { fixed, errors } = await fixFirstError('asyncapi: 3.0.0\ninfo:\n  title: t\nchannels: {}\n');
    expect(fixed).toContain("  version: '1.0.0'");
    expect(errors).toEqual([]);
  });

  it('creates a component that a $ref points at', async () => {
    const base = "asyncapi: 3.0.0\ninfo:\n  title: t\n  version: '1'\nchannels:\n  c:\n    address: c\n    messages:\n      m:\n        $ref: '#/components/messages/missing'\n";
    expect((await fixFirstError(base)).errors).toEqual([]);
    expect((await fixFirstError(`${base}components:\n  schemas:\n    s:\n      type: string\n`)).errors).toEqual([]);
    expect((await fixFirstError(`${base}components:\n  messages:\n    other:\n      payload:\n        type: string\n`)).errors).toEqual([]);
  });
});
