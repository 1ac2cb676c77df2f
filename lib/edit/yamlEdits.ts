import { isAlias, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair, YAMLMap, YAMLSeq } from 'yaml';
import { EditError } from './editOps';
import type { EditOp, InsertPosition, JsonValue } from './editOps';
import { nestValue, resolvePosition } from './placement';
import { formatPointer, parsePointer } from './pointer';
import type { TextEdit } from './textEdit';
import { detectYamlStyle, emitFlow, emitFlowPair, emitItem, emitKey, emitPair, isBlockValue } from './yamlStyle';
import type { YamlStyle } from './yamlStyle';
import { YamlText } from './yamlText';

type AnyPair = Pair<Node | null, Node | null>;
type Container = YAMLMap<Node | null, Node | null> | YAMLSeq<Node | null>;

/** Where a value sits: its container (null for the document's root), and its entry there. */
interface Place {
  container: Container | null;
  index: number;
  pair?: AnyPair;
  node: Node | null;
}

type Resolved = { found: true; place: Place } | { found: false; depth: number; holder: Place };

function keyOf(pair: AnyPair): string | null {
  return isScalar(pair.key) ? String(pair.key.value) : null;
}

/** Structural edits on one parsed YAML text, as minimal text replacements. */
export class YamlEditor {
  readonly doc: Document.Parsed;
  readonly style: YamlStyle;
  private readonly t: YamlText;

  constructor(readonly text: string) {
    this.doc = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false, prettyErrors: false });
    if (this.doc.errors.length > 0) throw new EditError('syntax', `The YAML cannot be read: ${this.doc.errors[0]!.message}`);
    this.style = detectYamlStyle(text, this.doc);
    this.t = new YamlText(text);
  }

  edits(op: EditOp): TextEdit[] {
    switch (op.op) {
      case 'set':
        return this.set(parsePointer(op.pointer), op.value, op.position);
      case 'add': {
        const path = parsePointer(op.pointer);
        const resolved = this.resolve(path);
        if (resolved.found) throw new EditError('exists', `${op.pointer} already exists.`);
        return this.create(path, resolved, op.value, op.position);
      }
      case 'remove':
        return this.remove(parsePointer(op.pointer));
      case 'rename':
        return this.rename(parsePointer(op.pointer), op.key);
      case 'append':
        return this.append(parsePointer(op.pointer), op.value);
    }
  }

  value(): unknown {
    try {
      return this.doc.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      throw new EditError('syntax', `The YAML cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Whether a value exists at the pointer. */
  has(pointer: string): boolean {
    return this.resolve(parsePointer(pointer)).found;
  }

  private resolve(path: ReadonlyArray<string>): Resolved {
    let place: Place = { container: null, index: 0, node: (this.doc.contents as Node | null) ?? null };
    for (let depth = 0; depth < path.length; depth++) {
      const node = place.node;
      if (isAlias(node)) throw new EditError('alias', `${formatPointer(path.slice(0, depth))} is an alias of an anchored value; edit the anchored value instead.`);
      const key = path[depth]!;
      if (isMap(node)) {
        const map = node as YAMLMap<Node | null, Node | null>;
        const index = map.items.findIndex((p) => keyOf(p) === key);
        if (index === -1) return { found: false, depth, holder: place };
        const pair = map.items[index]!;
        place = { container: map, index, pair, node: pair.value };
      } else if (isSeq(node)) {
        const seq = node as YAMLSeq<Node | null>;
        const index = /^\d+$/.test(key) ? Number(key) : -1;
        if (index < 0 || index >= seq.items.length) return { found: false, depth, holder: place };
        place = { container: seq, index, node: seq.items[index] ?? null };
      } else {
        return { found: false, depth, holder: place };
      }
    }
    return { found: true, place };
  }

  private placeOf(path: ReadonlyArray<string>): Place {
    const resolved = this.resolve(path);
    if (!resolved.found) throw new EditError('not-found', `${formatPointer(path)} is not in the document.`);
    return resolved.place;
  }

  private set(path: ReadonlyArray<string>, value: JsonValue, position?: InsertPosition): TextEdit[] {
    const resolved = this.resolve(path);
    if (!resolved.found) return this.create(path, resolved, value, position);
    return this.replace(resolved.place, value);
  }

  /** Writes the missing part of `path`: a new entry in the deepest map that exists (or a value for an empty one). */
  private create(path: ReadonlyArray<string>, resolved: Extract<Resolved, { found: false }>, value: JsonValue, position?: InsertPosition): TextEdit[] {
    const { depth, holder } = resolved;
    const node = holder.node;
    const nested = nestValue(path.slice(depth + 1), value);
    if (isMap(node)) {
      const map = node as YAMLMap<Node | null, Node | null>;
      const keys = map.items.map(keyOf).filter((k): k is string => k !== null);
      return this.insertPair(holder, map, path[depth]!, nested, resolvePosition(path.slice(0, depth), keys, path[depth]!, position));
    }
    if (isSeq(node)) {
      if (path[depth] === String((node as YAMLSeq).items.length)) return this.appendTo(holder, node as YAMLSeq<Node | null>, nested);
      throw new EditError('not-found', `${formatPointer(path.slice(0, depth + 1))} is past the end of the list.`);
    }
    if (node === null || (isScalar(node) && node.value === null)) {
      // An empty value (`key:` or `key: null`) becomes the map that holds the new entry.
      return this.replace(holder, nestValue(path.slice(depth), value));
    }
    throw new EditError('not-a-map', `${formatPointer(path.slice(0, depth))} holds a value, not a map.`);
  }

  private remove(path: ReadonlyArray<string>): TextEdit[] {
    if (path.length === 0) throw new EditError('unsupported', 'The whole document cannot be removed.');
    const place = this.placeOf(path);
    const container = place.container!;
    const holder = this.placeOf(path.slice(0, -1));
    if (container.items.length === 1) return this.replace(holder, isMap(container) ? {} : []);
    const { text } = this.t;
    const items = container.items as unknown[];
    const startOf = (i: number) => (isMap(container) ? this.t.pairStart(items[i] as AnyPair) : container.flow ? (items[i] as Node).range![0] : this.t.dashOf(container, i));
    const endOf = (i: number) => (isMap(container) ? this.t.pairEnd(items[i] as AnyPair) : this.t.contentEnd(items[i] as Node, startOf(i) + 1));
    const i = place.index;
    const last = i === items.length - 1;
    if (container.flow) {
      const from = last ? endOf(i - 1) : startOf(i);
      const to = last ? endOf(i) : startOf(i + 1);
      return [{ offset: from, length: to - from, text: '' }];
    }
    const start = startOf(i);
    if (!this.t.firstOnLine(start)) {
      // The first entry shares its line with a `- ` or `key:` of the parent: pull the next entry up.
      const to = startOf(i + 1);
      return [{ offset: start, length: to - start, text: '' }];
    }
    let from = this.t.lineStart(start);
    const to = this.t.lineBreakEnd(endOf(i));
    if (to === text.length && !text.endsWith('\n')) from = Math.max(0, from - (text[from - 2] === '\r' ? 2 : 1));
    return [{ offset: from, length: to - from, text: '' }];
  }

  private rename(path: ReadonlyArray<string>, key: string): TextEdit[] {
    if (path.length === 0) throw new EditError('unsupported', 'The document itself has no key.');
    const place = this.placeOf(path);
    if (!place.pair || !isMap(place.container) || !place.pair.key?.range) throw new EditError('not-a-map', `${formatPointer(path)} is not a map entry.`);
    if (keyOf(place.pair) === key) return [];
    if (place.container.items.some((p) => keyOf(p) === key)) throw new EditError('exists', `${formatPointer([...path.slice(0, -1), key])} already exists.`);
    const old = place.pair.key as Node & { type?: string };
    const written = emitKey(key, this.style, place.container.flow === true, isScalar(old) ? old.type : undefined);
    return [{ offset: old.range![0], length: old.range![1] - old.range![0], text: written }];
  }

  private append(path: ReadonlyArray<string>, value: JsonValue): TextEdit[] {
    const resolved = this.resolve(path);
    if (!resolved.found) return this.create(path, resolved, [value]);
    const node = resolved.place.node;
    if (node === null || (isScalar(node) && node.value === null)) return this.replace(resolved.place, [value]);
    if (!isSeq(node)) throw new EditError('not-a-sequence', `${formatPointer(path)} is not a list.`);
    return this.appendTo(resolved.place, node as YAMLSeq<Node | null>, value);
  }

  private appendTo(place: Place, seq: YAMLSeq<Node | null>, value: JsonValue): TextEdit[] {
    if (seq.items.length === 0) return this.replace(place, [value]);
    const lastIndex = seq.items.length - 1;
    const last = seq.items[lastIndex] as Node;
    if (seq.flow) return this.insertFlow(seq, last, emitFlow(value, this.style), 'after');
    const dash = this.t.dashOf(seq, lastIndex);
    const lines = emitItem(value, this.style);
    return this.insertLines(lines, this.t.column(dash), this.t.contentEnd(last, dash + 1));
  }

  private insertPair(holder: Place, map: YAMLMap<Node | null, Node | null>, key: string, value: JsonValue, position: InsertPosition): TextEdit[] {
    if (map.items.length === 0) return this.replace(holder, { [key]: value });
    const index = anchorIndex(map, position);
    const sibling = map.items[index.at]!;
    if (map.flow) return this.insertFlow(map, sibling, emitFlowPair(key, value, this.style), index.side);
    const start = this.t.pairStart(sibling);
    const column = this.t.column(this.t.pairStart(map.items[0]!));
    const lines = emitPair(key, value, this.style);
    if (index.side === 'after') return this.insertLines(lines, column, this.t.pairEnd(sibling));
    const eol = this.style.eol;
    const pad = ' '.repeat(column);
    const block = lines.map((l) => (l ? pad + l : l)).join(eol);
    if (this.t.firstOnLine(start)) return [{ offset: this.t.lineStart(start), length: 0, text: block + eol }];
    return [{ offset: start, length: 0, text: block.slice(column) + eol + pad }];
  }

  /** New lines at `column`, on the line after the one holding `after`. */
  private insertLines(lines: string[], column: number, after: number): TextEdit[] {
    const { eol } = this.style;
    const pad = ' '.repeat(column);
    const block = lines.map((l) => (l ? pad + l : l)).join(eol);
    const at = this.t.lineBreakEnd(after);
    const atEnd = at === this.text.length && !this.text.endsWith('\n');
    return [{ offset: at, length: 0, text: atEnd ? eol + block : block + eol }];
  }

  private insertFlow(container: Container, sibling: Node | AnyPair, written: string, side: 'before' | 'after'): TextEdit[] {
    const start = isMap(container) ? this.t.pairStart(sibling as AnyPair) : (sibling as Node).range![0];
    const end = isMap(container) ? this.t.pairEnd(sibling as AnyPair) : this.t.contentEnd(sibling as Node, start);
    // A flow collection spread over lines gets the new entry on its own line, aligned with its sibling.
    const multiline = this.t.lineStart(start) !== this.t.lineStart(container.range![0]);
    const separator = multiline ? `,${this.style.eol}${' '.repeat(this.t.column(start))}` : ', ';
    if (side === 'after') return [{ offset: end, length: 0, text: separator + written }];
    return [{ offset: start, length: 0, text: written + separator }];
  }

  /** Replaces the value at a place, keeping its key, anchor and trailing comment. */
  private replace(place: Place, value: JsonValue): TextEdit[] {
    const { container, node } = place;
    const { eol } = this.style;
    const scalarType = isScalar(node) ? node.type : undefined;
    if (!container) {
      const root = node?.range ? node.range : [0, this.text.length];
      const end = node ? this.t.contentEnd(node, root[1]!) : this.text.length;
      const written = isBlockValue(value) ? emitItem(value, this.style).map((l) => l.slice(2)) : emitPair('k', value, this.style, scalarType).map((l, i) => (i === 0 ? l.slice(3) : l));
      return [{ offset: root[0]!, length: end - root[0]!, text: written.join(eol) }];
    }
    if (container.flow) {
      const range = node?.range;
      if (!range) throw new EditError('unsupported', 'This entry has no value to replace.');
      return [{ offset: range[0], length: range[1] - range[0], text: emitFlow(value, this.style, scalarType) }];
    }
    const inMap = isMap(container);
    // The indicator this value follows: its key's `:` or its item's `-`.
    const indicator = inMap ? this.t.colonAfter(place.pair!.key!) : this.t.dashOf(container, place.index);
    const baseColumn = this.t.column(inMap ? this.t.pairStart(place.pair!) : indicator);
    const emitted = inMap ? emitPair('k', value, this.style, scalarType).map((l, i) => (i === 0 ? l.slice(1) : l)) : emitItem(value, this.style, scalarType);
    const end = this.t.contentEnd(node, indicator + 1);

    if (YamlText.isBlockCollection(node) && isBlockValue(value) && Array.isArray(value) === isSeq(node)) {
      // Same kind of block: rewrite its lines in place, at its own column (comments above it stay).
      const column = this.t.column(node.range![0]);
      const body = inMap ? emitted.slice(1) : [emitted[0]!.slice(2), ...emitted.slice(1).map((l) => l.slice(2))];
      const drop = inMap ? leadingSpaces(body[0] ?? '') : 0;
      const written = body.map((l, i) => (i === 0 ? l.slice(drop) : l ? ' '.repeat(column) + l.slice(drop) : l)).join(eol);
      return [{ offset: node.range![0], length: end - node.range![0], text: written }];
    }

    const pad = ' '.repeat(baseColumn);
    const first = emitted[0]!;
    const rest = emitted.slice(1).map((l) => (l ? pad + l : l));
    const empty = !node?.range || node.range[0] === node.range[1];
    if (!empty && rest.length === 0 && !YamlText.isBlockCollection(node)) {
      // One value for another on the same line: only the value's own characters change.
      return [{ offset: node!.range![0], length: end - node!.range![0], text: first.slice(2) }];
    }
    const hasProps = !empty && /[&!]/.test(this.text.slice(indicator + 1, node!.range![0]));
    // Keep an anchor or tag: start after it, and write what follows the indicator.
    const from = YamlText.isBlockCollection(node) || empty || !hasProps ? indicator : node!.range![0];
    const head = from === indicator ? first : first.slice(inMap ? 2 : 2);
    if (rest.length > 0 && !YamlText.isBlockCollection(node) && !empty && !this.t.restOfLineBlank(end)) {
      // A comment follows the old value on its line: the new block goes below that line.
      return [
        { offset: from, length: end - from, text: head },
        { offset: this.t.lineEnd(end), length: 0, text: eol + rest.join(eol) },
      ];
    }
    return [{ offset: from, length: end - from, text: [head, ...rest].join(eol) }];
  }
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

function anchorIndex(map: YAMLMap<Node | null, Node | null>, position: InsertPosition): { at: number; side: 'before' | 'after' } {
  const last = { at: map.items.length - 1, side: 'after' as const };
  if (position === 'end') return last;
  if (position === 'start') return { at: 0, side: 'before' };
  const key = 'after' in position ? position.after : position.before;
  const at = map.items.findIndex((p) => keyOf(p) === key);
  if (at === -1) return last;
  return { at, side: 'after' in position ? 'after' : 'before' };
}
