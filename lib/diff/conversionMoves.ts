import { formatPointer } from '@/lib/jsonPointer/jsonPointer';
import { buildModel, definitionOf } from './documentModel';
import { isRecord, valueAt } from './pointer';
import type { ReferenceForm } from './referenceForm';
import type { Move } from './types';

/**
 * Where the channels, operations and inline messages of a 2.x document sit in its 3.x upgrade,
 * matched by what the specification says, not by the converter's naming: a 2.x channel's key is the
 * 3.x channel's `address`; `publish` became `receive` and `subscribe` `send` (the application's
 * point of view) on that channel; an operation's messages keep their order.
 */
export function conversionMoves(original: ReferenceForm, upgraded: ReferenceForm): Move[] {
  const before = buildModel(original);
  const after = buildModel(upgraded);
  const moves: Move[] = [];
  const channelFor = new Map<string, string>();
  const channels = isRecord(upgraded.channels) ? upgraded.channels : {};
  for (const key of isRecord(original.channels) ? Object.keys(original.channels) : []) {
    const match = Object.keys(channels).find((k) => {
      const channel = valueAt(upgraded, ['channels', k]);
      return isRecord(channel) && channel.address === key;
    });
    if (match === undefined) continue;
    const from = formatPointer(['channels', key]);
    const to = formatPointer(['channels', match]);
    channelFor.set(from, to);
    if (from !== to) moves.push({ group: 'channel', from, to });
  }
  const used = new Set<string>();
  for (const [key, op] of before.operations) {
    const channel = op.channel ? channelFor.get(op.channel) : undefined;
    const candidates = [...after.operations.entries()].filter(([k, o]) => !used.has(k) && o.channel === channel && o.action === op.action);
    const [matchKey, match] = candidates.find(([k]) => k === key) ?? candidates[0] ?? [];
    if (!match || matchKey === undefined) continue;
    used.add(matchKey);
    moves.push({ group: 'operation', from: op.pointer, to: match.pointer });
    op.messages.forEach((pointer, i) => {
      const target = match.messages[i];
      // A message written once in components stays there; only inline ones moved.
      if (target !== undefined && definitionOf(original, pointer) === pointer) moves.push({ group: 'message', from: pointer, to: target });
    });
  }
  return moves;
}
