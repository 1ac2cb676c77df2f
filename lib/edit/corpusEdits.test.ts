import { describe, expect, it } from 'vitest';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import type { EditOp } from './editOps';
import { EditError } from './editOps';
import {
  applyToValue,
  commentLines,
  expectInsertionsOnly,
  expectOnlyWithin,
  findPropertyType,
  rangeOf,
  valueOf,
} from './editTestKit';
import type { Plain } from './editTestKit';
import { planEdits } from './planEdits';
import { formatPointer } from './pointer';

interface Sample {
  name: string;
  text: string;
}

// Every corpus document the reference parser accepts, as written (YAML and JSON), and each YAML one
// also as JSON in three layouts, so JSON edits meet 2-space, 4-space and tab indentation.
function samples(): Sample[] {
  const out: Sample[] = [];
  for (const entry of corpusManifest()) {
    if (entry.kind !== 'document' || entry.parser_errors !== 0) continue;
    const text = readCorpus(entry.path);
    out.push({ name: entry.path, text });
    if (!entry.path.endsWith('.json')) {
      const value = valueOf(text);
      out.push({ name: `${entry.path} as JSON (2 spaces)`, text: `${JSON.stringify(value, null, 2)}\n` });
      out.push({ name: `${entry.path} as JSON (tabs, CRLF)`, text: JSON.stringify(value, null, '\t').replace(/\n/g, '\r\n') });
      out.push({ name: `${entry.path} as JSON (4 spaces)`, text: JSON.stringify(value, null, 4) });
    }
  }
  return out;
}

const SAMPLES = samples();

/** Runs the op and checks the result's value is the op applied to the original's value, in key order too. */
function run(text: string, op: EditOp) {
  const plan = planEdits(text, [op]);
  expect(JSON.stringify(valueOf(plan.text))).toBe(JSON.stringify(applyToValue(valueOf(text), op)));
  // The comments of the untouched text are all still there.
  const kept = commentLines(plan.text);
  for (const line of commentLines(text)) expect(kept).toContain(line);
  return plan;
}

function firstKey(record: unknown): string | undefined {
  return typeof record === 'object' && record !== null ? Object.keys(record)[0] : undefined;
}

describe('edits on every corpus document keep every byte outside the edited node', () => {
  it('has documents in both formats', () => {
    expect(SAMPLES.filter((s) => s.text.trimStart().startsWith('{')).length).toBeGreaterThan(100);
    expect(SAMPLES.filter((s) => !s.text.trimStart().startsWith('{')).length).toBeGreaterThan(80);
  });

  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s: rename a channel', (_, { text }) => {
    const value = valueOf(text) as Plain;
    const channel = firstKey(value.channels);
    if (!channel) return;
    const op: EditOp = { op: 'rename', pointer: formatPointer(['channels', channel]), key: `${channel}Renamed` };
    const plan = run(text, op);
    expectOnlyWithin(text, plan.edits, plan.text, rangeOf(text, ['channels', channel], 'key'));
  });

  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s: add an operation', (_, { text }) => {
    const value = valueOf(text) as Plain;
    const channel = firstKey(value.channels);
    if (!channel) return;
    const v2 = String(value.asyncapi).startsWith('2.');
    const channelValue = (value.channels as Plain)[channel] as Plain;
    const v2Action = channelValue.publish ? 'subscribe' : 'publish';
    if (v2 && channelValue.publish && channelValue.subscribe) return;
    const op: EditOp = v2
      ? { op: 'add', pointer: formatPointer(['channels', channel, v2Action]), value: { operationId: 'addedByTest', message: { payload: { type: 'string' } } } }
      : { op: 'add', pointer: '/operations/addedByTest', value: { action: 'send', channel: { $ref: formatPointer(['channels', channel]).replace(/^/, '#') } } };
    const plan = run(text, op);
    // Only insertions, inside the map that receives the operation (or anywhere in the root when it is new).
    expectInsertionsOnly(plan.edits);
    const holder = v2 ? ['channels', channel] : value.operations ? ['operations'] : [];
    if (holder.length > 0) expectOnlyWithin(text, plan.edits, plan.text, widen(text, rangeOf(text, holder)));
  });

  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s: change a payload property type', (_, { text }) => {
    const path = findPropertyType(valueOf(text));
    if (!path) return;
    const old = path.reduce<unknown>((v, k) => (v as Plain)[k], valueOf(text));
    const op: EditOp = { op: 'set', pointer: formatPointer(path), value: old === 'string' ? 'integer' : 'string' };
    let plan;
    try {
      plan = run(text, op);
    } catch (error) {
      // A value reached through a YAML alias is edited at its anchor, never through the alias.
      if (error instanceof EditError && error.code === 'alias') return;
      throw error;
    }
    expectOnlyWithin(text, plan.edits, plan.text, rangeOf(text, path));
    expect(plan.edits).toHaveLength(1);
  });
});

/** A map's range, widened to whole lines: a new block entry is inserted after the line of its last sibling. */
function widen(text: string, [start, end]: [number, number]): [number, number] {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end - 1);
  return [lineStart, next === -1 ? text.length : next + 1];
}
