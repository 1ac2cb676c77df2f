import { Document, isMap, isPair, isScalar, isSeq, Scalar, visit, YAMLMap, YAMLSeq } from 'yaml';
import type { ToStringOptions } from 'yaml';
import type { JsonValue } from './editOps';

/** How a YAML document writes itself, so new text looks like the text around it. */
export interface YamlStyle {
  eol: '\n' | '\r\n';
  /** Spaces per nesting level of block maps. */
  indent: number;
  /** Whether a block sequence under a key is indented (`key:\n  - a`) or not (`key:\n- a`). */
  indentSeq: boolean;
  singleQuote: boolean;
  /** `{ a: 1 }` rather than `{a: 1}`. */
  flowPadding: boolean;
}

type ScalarType = Scalar['type'];

function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** Reads the style from the first examples the document offers; defaults are the `yaml` package's. */
export function detectYamlStyle(text: string, doc: Document.Parsed): YamlStyle {
  let indent: number | null = null;
  let indentSeq: boolean | null = null;
  let flowPadding: boolean | null = null;
  let single = 0;
  let double = 0;
  visit(doc, {
    Pair(_, pair) {
      if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return;
      const value = pair.value;
      const keyColumn = columnOf(text, pair.key.range[0]);
      if (indent === null && isMap(value) && !value.flow && value.range) {
        const step = columnOf(text, value.range[0]) - keyColumn;
        if (step > 0 && text.lastIndexOf('\n', value.range[0]) > pair.key.range[0]) indent = step;
      }
      if (indentSeq === null && isSeq(value) && !value.flow && value.range) {
        indentSeq = columnOf(text, value.range[0]) > keyColumn;
      }
    },
    Scalar(_, scalar) {
      if (scalar.type === 'QUOTE_SINGLE') single++;
      else if (scalar.type === 'QUOTE_DOUBLE') double++;
    },
    Map(_, map) {
      if (flowPadding === null && map.flow && map.items.length > 0 && map.range) flowPadding = text[map.range[0] + 1] === ' ';
    },
    Seq(_, seq) {
      if (flowPadding === null && seq.flow && seq.items.length > 0 && seq.range) flowPadding = text[seq.range[0] + 1] === ' ';
    },
  });
  return {
    eol: text.includes('\r\n') ? '\r\n' : '\n',
    indent: indent ?? 2,
    indentSeq: indentSeq ?? true,
    singleQuote: single >= double,
    flowPadding: flowPadding ?? true,
  };
}

function toStringOptions(style: YamlStyle, flow = false): ToStringOptions {
  return {
    indent: style.indent,
    indentSeq: style.indentSeq,
    singleQuote: style.singleQuote,
    flowCollectionPadding: style.flowPadding,
    collectionStyle: flow ? 'flow' : 'any',
    lineWidth: 0,
    minContentWidth: 0,
  };
}

function lines(rendered: string): string[] {
  const out = rendered.split('\n');
  if (out[out.length - 1] === '') out.pop();
  return out;
}

/** A node for the value, a scalar taking the quoting of the one it replaces when it can. */
function nodeOf(doc: Document, value: JsonValue, scalarType?: ScalarType): unknown {
  const node = doc.createNode(value);
  if (scalarType && isScalar(node) && typeof value === 'string') {
    const block = scalarType === 'BLOCK_LITERAL' || scalarType === 'BLOCK_FOLDED';
    // Plain and single-quoted scalars fold line breaks into blank lines: a multi-line string takes a block.
    const keeps = value.includes('\n') ? block || scalarType === 'QUOTE_DOUBLE' : !block;
    if (keeps) node.type = scalarType;
  }
  return node;
}

/** `key: value` (or `key:` and its indented block) as lines at column 0. */
export function emitPair(key: string, value: JsonValue, style: YamlStyle, scalarType?: ScalarType): string[] {
  const doc = new Document(null);
  const map = new YAMLMap();
  map.items.push(doc.createPair(key, null));
  map.items[0]!.value = nodeOf(doc, value, scalarType);
  doc.contents = map;
  return lines(doc.toString(toStringOptions(style)));
}

/** `- value` as lines at column 0 (continuation lines indented under the value). */
export function emitItem(value: JsonValue, style: YamlStyle, scalarType?: ScalarType): string[] {
  const doc = new Document(null);
  const seq = new YAMLSeq();
  seq.items.push(nodeOf(doc, value, scalarType));
  doc.contents = seq;
  return lines(doc.toString(toStringOptions(style)));
}

/** The value written for a flow collection (`{ a: 1 }`, `'#/x'`), on one line. */
export function emitFlow(value: JsonValue, style: YamlStyle, scalarType?: ScalarType): string {
  return stripBrackets(emitFlowWrapped(nodeOfItem(value, scalarType), style));
}

/** `key: value` written for a flow map, on one line. */
export function emitFlowPair(key: string, value: JsonValue, style: YamlStyle): string {
  const doc = new Document(null);
  const map = new YAMLMap();
  map.flow = true;
  map.items.push(doc.createPair(key, null));
  map.items[0]!.value = nodeOf(doc, value);
  doc.contents = map;
  return stripBrackets(doc.toString(toStringOptions(style, true)).trimEnd(), style);
}

function nodeOfItem(value: JsonValue, scalarType?: ScalarType): (doc: Document) => unknown {
  return (doc) => nodeOf(doc, value, scalarType === 'BLOCK_LITERAL' || scalarType === 'BLOCK_FOLDED' ? undefined : scalarType);
}

function emitFlowWrapped(make: (doc: Document) => unknown, style: YamlStyle): string {
  const doc = new Document(null);
  const seq = new YAMLSeq();
  seq.flow = true;
  seq.items.push(make(doc));
  doc.contents = seq;
  return doc.toString(toStringOptions(style, true)).trimEnd();
}

function stripBrackets(wrapped: string, style?: YamlStyle): string {
  const inner = wrapped.slice(1, -1);
  return style?.flowPadding !== false && inner.startsWith(' ') && inner.endsWith(' ') ? inner.slice(1, -1) : inner.trim();
}

/** A key, written for a block map (plain when it can be) or a flow map. */
export function emitKey(key: string, style: YamlStyle, flow: boolean, scalarType?: ScalarType): string {
  const type = scalarType === 'QUOTE_DOUBLE' || scalarType === 'QUOTE_SINGLE' ? scalarType : undefined;
  const written = flow ? emitFlowPair(key, null, style) : emitPair(key, null, style, undefined)[0]!;
  if (!type) return written.slice(0, written.length - (flow ? ': null'.length : ': null'.length));
  const doc = new Document(null);
  const scalar = new Scalar(key);
  scalar.type = type;
  doc.contents = scalar;
  return doc.toString(toStringOptions(style)).trimEnd();
}

/** Whether a value is written as an indented block (a non-empty map or list). */
export function isBlockValue(value: JsonValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === 'object' && value !== null && Object.keys(value).length > 0;
}
