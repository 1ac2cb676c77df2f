import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { isMap, isScalar, parse as parseYaml, parseDocument } from 'yaml';
import type { Node, Pair } from 'yaml';
import { expect } from 'vitest';
import { detectFormat } from '@/lib/analysis/documentFormat';
import type { EditOp, JsonValue } from './editOps';
import { nestValue } from './placement';
import { parsePointer } from './pointer';
import type { TextEdit } from './textEdit';

// Test helpers: an independent, plain-object rendering of each op, and the text ranges an op may touch.

export type Plain = Record<string, unknown>;

export function valueOf(text: string): unknown {
  return detectFormat(text) === 'json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1, merge: true });
}

/** The op applied to a plain value, keeping key order the way a text edit does. */
export function applyToValue(value: unknown, op: EditOp): unknown {
  const path = parsePointer(op.pointer);
  const root = structuredClone(value) as Plain;
  const parentPath = op.op === 'append' ? path : path.slice(0, -1);
  let parent: Plain | unknown[] = root;
  for (let i = 0; i < parentPath.length; i++) {
    const key = parentPath[i]!;
    const next = (parent as Plain)[key];
    if (next === undefined || next === null) {
      const rest = op.op === 'append' ? [...parentPath.slice(i + 1)] : [...parentPath.slice(i + 1), path[path.length - 1]!];
      const created = op.op === 'append' ? nestValue(rest, [op.value]) : op.op === 'remove' || op.op === 'rename' ? {} : nestValue(rest, op.value);
      (parent as Plain)[key] = created;
      return root;
    }
    parent = next as Plain;
  }
  const key = path[path.length - 1]!;
  switch (op.op) {
    case 'set':
    case 'add':
      if (Array.isArray(parent)) parent[Number(key)] = op.value;
      else (parent as Plain)[key] = op.value;
      break;
    case 'append':
      (parent as unknown as unknown[]).push(op.value);
      break;
    case 'remove':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete (parent as Plain)[key];
      break;
    case 'rename': {
      const entries = Object.entries(parent as Plain).map(([k, v]) => [k === key ? op.key : k, v] as const);
      for (const k of Object.keys(parent as Plain)) delete (parent as Plain)[k];
      for (const [k, v] of entries) (parent as Plain)[k] = v;
      break;
    }
  }
  return root;
}

/** [start, end) of the text standing for the value (or, with `key`, the key) at a path. */
export function rangeOf(text: string, path: ReadonlyArray<string>, what: 'value' | 'key' = 'value'): [number, number] {
  if (detectFormat(text) === 'json') {
    const node = findNodeAtLocation(parseTree(text)!, [...path])!;
    const target = what === 'key' ? node.parent!.children![0]! : node;
    return [target.offset, target.offset + target.length];
  }
  const doc = parseDocument(text, { uniqueKeys: false });
  if (what === 'key') {
    const parent = doc.getIn(path.slice(0, -1), true);
    if (!isMap(parent)) throw new Error('not a map');
    const pair = (parent.items as Array<Pair<Node, Node>>).find((p) => isScalar(p.key) && String(p.key.value) === path[path.length - 1]);
    return [pair!.key.range![0], pair!.key.range![1]];
  }
  const node = doc.getIn(path, true) as Node;
  return [node.range![0], node.range![1]];
}

/** Asserts every edit lies inside [start, end) and every byte outside that window is the original's. */
export function expectOnlyWithin(original: string, edits: ReadonlyArray<TextEdit>, result: string, [start, end]: [number, number]): void {
  for (const edit of edits) {
    expect(edit.offset, `edit at ${edit.offset} starts before ${start}`).toBeGreaterThanOrEqual(start);
    expect(edit.offset + edit.length, `edit at ${edit.offset} ends after ${end}`).toBeLessThanOrEqual(end);
  }
  expect(result.slice(0, start)).toBe(original.slice(0, start));
  expect(result.slice(result.length - (original.length - end))).toBe(original.slice(end));
}

/** Asserts the edits only insert: every original byte is still there, in order. */
export function expectInsertionsOnly(edits: ReadonlyArray<TextEdit>): void {
  for (const edit of edits) expect(edit.length, `edit at ${edit.offset} removes text`).toBe(0);
}

/** The comment lines of a YAML text (`# …` on a line of its own). */
export function commentLines(text: string): string[] {
  return text.split(/\r?\n/).filter((l) => /^\s*#/.test(l));
}

/** A key path to the first schema property with a string `type` (a payload field), not through a $ref. */
export function findPropertyType(value: unknown, path: string[] = []): string[] | null {
  if (typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = findPropertyType(value[i], [...path, String(i)]);
      if (found) return found;
    }
    return null;
  }
  const record = value as Plain;
  if (path[path.length - 2] === 'properties' && typeof record.type === 'string') return [...path, 'type'];
  for (const [key, child] of Object.entries(record)) {
    const found = findPropertyType(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

export function jsonOf(value: unknown): JsonValue {
  return JSON.parse(JSON.stringify(value)) as JsonValue;
}
