import { getNodeValue, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { Node as JsonNode, ParseError } from 'jsonc-parser';
import { EditError } from './editOps';
import type { EditOp, InsertPosition, JsonValue } from './editOps';
import { nestValue, resolvePosition } from './placement';
import { formatPointer, parsePointer } from './pointer';
import type { TextEdit } from './textEdit';

/** How a JSON document is laid out: its indent unit (null when written on one line) and separators. */
interface JsonStyle {
  eol: string;
  unit: string | null;
  colon: string;
  comma: string;
  /** `{ "a": 1 }` rather than `{"a": 1}` for containers on one line. */
  padding: string;
}

type Resolved = { found: true; node: JsonNode } | { found: false; depth: number; holder: JsonNode };

function end(node: JsonNode): number {
  return node.offset + node.length;
}

function valueOf(property: JsonNode): JsonNode | undefined {
  return property.children?.[1];
}

/** Structural edits on one JSON text (parsed with offsets by jsonc-parser), as minimal replacements. */
export class JsonEditor {
  private readonly root: JsonNode;
  private readonly style: JsonStyle;

  constructor(readonly text: string) {
    const errors: ParseError[] = [];
    const root = parseTree(text, errors, { allowTrailingComma: false, disallowComments: false });
    if (!root || errors.length > 0) {
      const first = errors[0];
      throw new EditError('syntax', `The JSON cannot be read${first ? `: ${printParseErrorCode(first.error)} at offset ${first.offset}` : ''}.`);
    }
    this.root = root;
    this.style = this.detectStyle();
  }

  private detectStyle(): JsonStyle {
    const eol = this.text.includes('\r\n') ? '\r\n' : '\n';
    let unit: string | null = null;
    let colon = ': ';
    let comma = ', ';
    let padding = '';
    const firstContainer = this.findMultiline(this.root, 0);
    if (firstContainer) unit = firstContainer;
    const property = this.findFirst(this.root, (n) => n.type === 'property' && n.colonOffset !== undefined);
    if (property?.colonOffset !== undefined) colon = this.text[property.colonOffset + 1] === ' ' ? ': ' : ':';
    const compact = this.findFirst(this.root, (n) => (n.type === 'object' || n.type === 'array') && (n.children?.length ?? 0) > 1 && !this.isMultiline(n));
    if (compact?.children) {
      comma = this.text[end(compact.children[0]!) + 1] === ' ' ? ', ' : ',';
      padding = this.text[compact.offset + 1] === ' ' ? ' ' : '';
    }
    else if (colon === ':') comma = ',';
    return { eol, unit, colon, comma, padding };
  }

  /** The indent unit of the first container written over several lines (its first child's indent minus its own). */
  private findMultiline(node: JsonNode, depth: number): string | null {
    if ((node.type === 'object' || node.type === 'array') && node.children?.length && this.isMultiline(node)) {
      const own = this.lineIndent(node.offset);
      const child = this.lineIndent(node.children[0]!.offset);
      if (child.startsWith(own) && child.length > own.length) return child.slice(own.length);
    }
    if (depth > 3) return null;
    for (const child of node.children ?? []) {
      const found = this.findMultiline(child, depth + 1);
      if (found) return found;
    }
    return null;
  }

  private findFirst(node: JsonNode, test: (n: JsonNode) => boolean): JsonNode | null {
    if (test(node)) return node;
    for (const child of node.children ?? []) {
      const found = this.findFirst(child, test);
      if (found) return found;
    }
    return null;
  }

  private isMultiline(container: JsonNode): boolean {
    const first = container.children?.[0];
    return !!first && this.text.slice(container.offset, first.offset).includes('\n');
  }

  private lineIndent(offset: number): string {
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(this.text.slice(start, offset))![0];
  }

  private write(value: JsonValue, base: string, pretty: boolean): string {
    const { unit, eol, colon, comma, padding } = this.style;
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const isArray = Array.isArray(value);
    const entries: Array<[string | null, JsonValue]> = isArray ? value.map((v) => [null, v]) : Object.entries(value);
    const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
    if (entries.length === 0) return open + close;
    const head = (k: string | null) => (k === null ? '' : JSON.stringify(k) + colon);
    if (!pretty || unit === null) return open + padding + entries.map(([k, v]) => head(k) + this.write(v, base, false)).join(comma) + padding + close;
    const inner = base + unit;
    return open + eol + entries.map(([k, v]) => inner + head(k) + this.write(v, inner, true)).join(`,${eol}`) + eol + base + close;
  }

  edits(op: EditOp): TextEdit[] {
    const path = parsePointer(op.pointer);
    switch (op.op) {
      case 'set': {
        const resolved = this.resolve(path);
        return resolved.found ? this.replace(resolved.node, op.value) : this.create(path, resolved, op.value, op.position);
      }
      case 'add': {
        const resolved = this.resolve(path);
        if (resolved.found) throw new EditError('exists', `${op.pointer} already exists.`);
        return this.create(path, resolved, op.value, op.position);
      }
      case 'remove':
        return this.remove(path);
      case 'rename':
        return this.rename(path, op.key);
      case 'append': {
        const resolved = this.resolve(path);
        if (!resolved.found) return this.create(path, resolved, [op.value]);
        if (resolved.node.type === 'null') return this.replace(resolved.node, [op.value]);
        if (resolved.node.type !== 'array') throw new EditError('not-a-sequence', `${op.pointer} is not a list.`);
        return this.insertInto(resolved.node, null, op.value, 'end');
      }
    }
  }

  value(): unknown {
    return getNodeValue(this.root);
  }

  /** Whether a value exists at the pointer. */
  has(pointer: string): boolean {
    return this.resolve(parsePointer(pointer)).found;
  }

  private resolve(path: ReadonlyArray<string>): Resolved {
    let node = this.root;
    for (let depth = 0; depth < path.length; depth++) {
      const key = path[depth]!;
      let next: JsonNode | undefined;
      if (node.type === 'object') {
        const property = [...(node.children ?? [])].reverse().find((p) => p.children?.[0]?.value === key);
        next = property ? valueOf(property) : undefined;
      } else if (node.type === 'array' && /^\d+$/.test(key)) {
        next = node.children?.[Number(key)];
      }
      if (!next) return { found: false, depth, holder: node };
      node = next;
    }
    return { found: true, node };
  }

  private nodeAt(path: ReadonlyArray<string>): JsonNode {
    const resolved = this.resolve(path);
    if (!resolved.found) throw new EditError('not-found', `${formatPointer(path)} is not in the document.`);
    return resolved.node;
  }

  /** The value node's container: an object (through its property) or an array. */
  private containerOf(node: JsonNode): JsonNode {
    const parent = node.parent!;
    return parent.type === 'property' ? parent.parent! : parent;
  }

  private replace(node: JsonNode, value: JsonValue): TextEdit[] {
    const container = node.parent ? this.containerOf(node) : null;
    const pretty = !container || this.isMultiline(container) || (container.children?.length ?? 0) <= 1;
    const base = this.lineIndent(node.parent?.type === 'property' ? node.parent.offset : node.offset);
    return [{ offset: node.offset, length: node.length, text: this.write(value, base, pretty) }];
  }

  private create(path: ReadonlyArray<string>, resolved: Extract<Resolved, { found: false }>, value: JsonValue, position?: InsertPosition): TextEdit[] {
    const { depth, holder } = resolved;
    const nested = nestValue(path.slice(depth + 1), value);
    if (holder.type === 'object') {
      const keys = (holder.children ?? []).map((p) => String(p.children?.[0]?.value));
      return this.insertInto(holder, path[depth]!, nested, resolvePosition(path.slice(0, depth), keys, path[depth]!, position));
    }
    if (holder.type === 'array' && path[depth] === String(holder.children?.length ?? 0)) return this.insertInto(holder, null, nested, 'end');
    if (holder.type === 'null') return this.replace(holder, nestValue(path.slice(depth), value));
    throw new EditError('not-a-map', `${formatPointer(path.slice(0, depth))} holds a value, not a map.`);
  }

  private insertInto(container: JsonNode, key: string | null, value: JsonValue, position: InsertPosition): TextEdit[] {
    const children = container.children ?? [];
    if (children.length === 0) return this.replace(container, key === null ? [value] : { [key]: value });
    let at = children.length - 1;
    let side: 'before' | 'after' = 'after';
    if (position === 'start') [at, side] = [0, 'before'];
    else if (typeof position === 'object') {
      const sibling = 'after' in position ? position.after : position.before;
      const found = children.findIndex((p) => p.children?.[0]?.value === sibling);
      if (found !== -1) [at, side] = [found, 'after' in position ? 'after' : 'before'];
    }
    const anchor = children[at]!;
    const multiline = this.isMultiline(container);
    const indent = this.lineIndent(anchor.offset);
    const entry = (key === null ? '' : JSON.stringify(key) + this.style.colon) + this.write(value, indent, multiline);
    const separator = multiline ? `,${this.style.eol}${indent}` : this.style.comma;
    if (side === 'after') return [{ offset: end(anchor), length: 0, text: separator + entry }];
    return [{ offset: anchor.offset, length: 0, text: entry + separator }];
  }

  private remove(path: ReadonlyArray<string>): TextEdit[] {
    if (path.length === 0) throw new EditError('unsupported', 'The whole document cannot be removed.');
    const node = this.nodeAt(path);
    const entry = node.parent!.type === 'property' ? node.parent! : node;
    const container = this.containerOf(node);
    const children = container.children!;
    const index = children.indexOf(entry);
    if (children.length === 1) return [{ offset: container.offset + 1, length: container.length - 2, text: '' }];
    const from = index > 0 ? end(children[index - 1]!) : entry.offset;
    const to = index > 0 ? end(entry) : children[1]!.offset;
    return [{ offset: from, length: to - from, text: '' }];
  }

  private rename(path: ReadonlyArray<string>, key: string): TextEdit[] {
    const node = this.nodeAt(path);
    const property = node.parent;
    if (!property || property.type !== 'property') throw new EditError('not-a-map', `${formatPointer(path)} is not a map entry.`);
    const keyNode = property.children![0]!;
    if (keyNode.value === key) return [];
    if (property.parent!.children!.some((p) => p.children?.[0]?.value === key)) throw new EditError('exists', `${formatPointer([...path.slice(0, -1), key])} already exists.`);
    return [{ offset: keyNode.offset, length: keyNode.length, text: JSON.stringify(key) }];
  }
}
