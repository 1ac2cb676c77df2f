import { getLocation } from 'jsonc-parser';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { detectFormat } from '@/lib/analysis/documentFormat';
import { isRecord, valueAt } from './documentModel';
import { formatPointer } from './pointer';

/** The path of the innermost value (or key) of a YAML text that holds `offset`. */
function yamlPathAt(text: string, offset: number): string[] {
  const doc = parseDocument(text, { uniqueKeys: false });
  const path: string[] = [];
  let node = doc.contents as Node | null;
  for (let depth = 0; node && depth < 200; depth++) {
    let next: Node | null = null;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) continue;
        const value = pair.value as Node | null;
        const end = value?.range ? value.range[2] : pair.key.range[2];
        if (offset >= pair.key.range[0] && offset <= end) {
          path.push(String(pair.key.value));
          next = value && value.range && offset >= value.range[0] ? value : null;
          break;
        }
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const n = item as Node | null;
        if (!next && n?.range && offset >= n.range[0] && offset <= n.range[2]) {
          path.push(String(i));
          next = n;
        }
      });
    }
    node = next;
  }
  return path;
}

/**
 * The pointer of the object the cursor is in (0-based `offset` into the text), for the inspector: the
 * innermost map holding the cursor (a scalar's owner), or null outside any. YAML and JSON.
 */
export function objectPointerAt(text: string, offset: number, root: unknown): string | null {
  const path = detectFormat(text) === 'json' ? getLocation(text, offset).path.map(String) : yamlPathAt(text, offset);
  for (let length = path.length; length >= 1; length--) {
    const pointer = formatPointer(path.slice(0, length));
    if (isRecord(valueAt(root, pointer))) return pointer;
  }
  return null;
}

export { nodeOfPointer, pointerOfNode } from './graphPointers';
