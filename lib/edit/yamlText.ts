import { isCollection, isMap, isScalar, isSeq } from 'yaml';
import type { Node, Pair, YAMLMap, YAMLSeq } from 'yaml';

/** Offset arithmetic over one YAML text and the ranges the `yaml` package gives its nodes. */
export class YamlText {
  constructor(readonly text: string) {}

  lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  column(offset: number): number {
    return offset - this.lineStart(offset);
  }

  /** The offset just past the line break that ends the line holding `offset` (or the end of the text). */
  lineBreakEnd(offset: number): number {
    const at = this.text.indexOf('\n', offset);
    return at === -1 ? this.text.length : at + 1;
  }

  /** The offset of the line break (its `\r` for CRLF) ending the line that holds `offset`. */
  lineEnd(offset: number): number {
    const at = this.text.indexOf('\n', offset);
    if (at === -1) return this.text.length;
    return at > 0 && this.text[at - 1] === '\r' ? at - 1 : at;
  }

  firstOnLine(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(this.lineStart(offset), offset));
  }

  /** Whether only blanks (no comment, no content) follow `offset` on its line. */
  restOfLineBlank(offset: number): boolean {
    return /^[ \t]*$/.test(this.text.slice(offset, this.lineEnd(offset)));
  }

  /** The `:` after a block or flow map key. */
  colonAfter(key: Node): number {
    let at = key.range![1];
    while (at < this.text.length && (this.text[at] === ' ' || this.text[at] === '\t')) at++;
    if (this.text[at] !== ':') throw new Error('No ":" after the key');
    return at;
  }

  /** The `-` that opens a block sequence's item. */
  dashOf(seq: YAMLSeq, index: number): number {
    const token = (seq.srcToken as { items?: Array<{ start: Array<{ type: string; offset: number }> }> } | undefined)?.items?.[index];
    const indicator = token?.start.find((t) => t.type === 'seq-item-ind');
    if (indicator) return indicator.offset;
    const item = seq.items[index] as Node;
    let at = item.range![0] - 1;
    while (at > 0 && this.text[at] !== '-') at--;
    return at;
  }

  /** The end of a node's own content: no trailing comment, no line break after a block scalar. */
  contentEnd(node: Node | null | undefined, fallback: number): number {
    if (!node || !node.range) return fallback;
    if (isCollection(node) && !node.flow) {
      const last = node.items[node.items.length - 1];
      if (last === undefined) return node.range[1];
      if (isMap(node)) {
        const pair = last as Pair<Node | null, Node | null>;
        return this.contentEnd(pair.value, pair.key?.range ? this.colonAfter(pair.key) + 1 : node.range[1]);
      }
      return this.contentEnd(last as Node, node.range[1]);
    }
    if (isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      let end = node.range[1];
      while (end > node.range[0] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
      return end;
    }
    return node.range[1];
  }

  /** Where a map entry starts: its key. */
  pairStart(pair: Pair<Node | null, Node | null>): number {
    return pair.key!.range![0];
  }

  /** Where a map entry's own content ends (value, or the key's colon when it has none). */
  pairEnd(pair: Pair<Node | null, Node | null>): number {
    return this.contentEnd(pair.value, this.colonAfter(pair.key!) + 1);
  }

  /** Whether a value node is a block map or list (written on the lines below its key). */
  static isBlockCollection(node: unknown): node is YAMLMap | YAMLSeq {
    return (isMap(node) || isSeq(node)) && !node.flow;
  }
}
