import { describe, expect, it } from 'vitest';
import type { FlowNode } from './flowGraph';
import { searchNodes } from './searchNodes';

const node = (id: string, label: string): FlowNode => ({ id, kind: 'channel', label, facts: [] });
const NODES = [node('channel:userEvents', 'userEvents'), node('channel:user', 'User'), node('operation:sendUser', 'sendUser'), node('message:m1', 'Signed up')];

describe('searchNodes', () => {
  it('ranks the whole name first, then names starting with the query, then names containing it', () => {
    expect(searchNodes(NODES, 'user').map((n) => n.id)).toEqual(['channel:user', 'channel:userEvents', 'operation:sendUser']);
  });

  it('ignores case and surrounding spaces, finds ids, and finds nothing for an empty query', () => {
    expect(searchNodes(NODES, '  SIGNED ').map((n) => n.id)).toEqual(['message:m1']);
    expect(searchNodes(NODES, 'message:').map((n) => n.id)).toEqual(['message:m1']);
    expect(searchNodes(NODES, '   ')).toEqual([]);
    expect(searchNodes(NODES, 'nothing like it')).toEqual([]);
  });
});
