import { getLocation } from 'jsonc-parser';
import { isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Node } from 'yaml';
import { detectFormat } from '@/lib/analysis/documentFormat';
import { isRecord, valueAt } from './documentModel';
import { formatPointer, parsePointer } from './pointer';

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

/** The graph's node ids (lib/graph/deriveGraph) for a pointer, and back. */
export function pointerOfNode(nodeId: string, isV2: boolean): string | null {
  const colon = nodeId.indexOf(':');
  if (nodeId === 'application') return '/info';
  if (colon === -1) return null;
  const kind = nodeId.slice(0, colon);
  const rest = nodeId.slice(colon + 1);
  switch (kind) {
    case 'server':
      return formatPointer(['servers', rest]);
    case 'channel':
      return formatPointer(['channels', rest]);
    case 'operation': {
      if (!isV2) return formatPointer(['operations', rest]);
      // 2.x: `<channel>/<publish|subscribe>`, the channel key itself may hold slashes.
      const slash = rest.lastIndexOf('/');
      return formatPointer(['channels', rest.slice(0, slash), rest.slice(slash + 1)]);
    }
    case 'message':
      return rest.startsWith('/') ? rest : formatPointer(['components', 'messages', rest]);
    case 'reply-address':
      return formatPointer(['operations', rest, 'reply', 'address']);
    default:
      return null;
  }
}

export function nodeOfPointer(pointer: string, isV2: boolean): string | null {
  const path = parsePointer(pointer);
  if (path[0] === 'info' && path.length === 1) return 'application';
  if (path.length === 2 && path[0] === 'servers') return `server:${path[1]}`;
  if (path.length === 2 && path[0] === 'channels') return `channel:${path[1]}`;
  if (!isV2 && path.length === 2 && path[0] === 'operations') return `operation:${path[1]}`;
  if (isV2 && path.length === 3 && path[0] === 'channels' && (path[2] === 'publish' || path[2] === 'subscribe')) return `operation:${path[1]}/${path[2]}`;
  if (path.length === 3 && path[0] === 'components' && path[1] === 'messages') return `message:${path[2]}`;
  return null;
}
