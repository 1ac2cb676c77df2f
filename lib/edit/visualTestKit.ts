import { expect } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { applyEdits } from './textEdit';
import type { EditOutcome, VisualAction } from './visualActions';
import { runAction } from './visualActions';

// Test vocabulary for actions: run one, expect it to succeed, and ask the studio's parser about the result.

export function expectAction(text: string, action: VisualAction): Extract<EditOutcome, { ok: true }> {
  const outcome = runAction(text, action);
  if (!outcome.ok) throw new Error(`${action.kind} failed: ${outcome.code}: ${outcome.message}`);
  // The edits reproduce the planned text from the original: what Monaco will get.
  expect(applyEdits(text, outcome.edits)).toBe(outcome.text);
  return outcome;
}

export function expectFailure(text: string, action: VisualAction, code: string): void {
  const outcome = runAction(text, action);
  expect(outcome.ok ? 'ok' : outcome.code).toBe(code);
}

/** The parser's error messages for a text (none for a valid document). */
export async function parserErrors(text: string): Promise<string[]> {
  const { diagnostics } = await createParser().parse(text);
  return diagnostics.filter((d) => d.severity === 0).map((d) => `${d.path.join('/')}: ${d.message}`);
}

export async function expectValid(text: string): Promise<void> {
  expect(await parserErrors(text)).toEqual([]);
}
