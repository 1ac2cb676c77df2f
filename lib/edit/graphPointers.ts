import { formatPointer, parsePointer } from './pointer';

// Apart from locatePointer (which parses YAML), so the page can map graph nodes without loading a parser.

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
