import { describe, expect, it } from 'vitest';
import { canConnect, isDragSource } from './graphEditing';

describe('what the graph lets a user connect by dragging', () => {
  it('an operation onto a channel; a message onto a channel or an operation; nothing else', () => {
    expect(canConnect('operation', 'channel')).toBe(true);
    expect(canConnect('message', 'channel')).toBe(true);
    expect(canConnect('message', 'operation')).toBe(true);
    expect(canConnect('operation', 'message')).toBe(false);
    expect(canConnect('channel', 'operation')).toBe(false);
    expect(canConnect('message', 'server')).toBe(false);
    expect(['application', 'server', 'channel', 'operation', 'message'].filter((k) => isDragSource(k as never))).toEqual(['operation', 'message']);
  });
});
