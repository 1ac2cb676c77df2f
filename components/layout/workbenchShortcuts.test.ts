import { describe, expect, it } from 'vitest';
import { workbenchShortcutFor } from './workbenchShortcuts';

const press = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('workbench shortcuts', () => {
  it('map keys to actions, Ctrl or Cmd alike', () => {
    expect(workbenchShortcutFor(press('b', { ctrl: true }), false)).toBe('toggle-sidebar');
    expect(workbenchShortcutFor(press('J', { meta: true }), false)).toBe('toggle-problems');
    expect(workbenchShortcutFor(press(',', { ctrl: true }), true)).toBe('settings');
    expect(workbenchShortcutFor(press('F8'), false)).toBe('next-problem');
    expect(workbenchShortcutFor(press('F8', { shift: true }), false)).toBe('previous-problem');
  });

  it('leave F8 to Monaco inside an editor, and ignore other combinations', () => {
    expect(workbenchShortcutFor(press('F8'), true)).toBeUndefined();
    expect(workbenchShortcutFor(press('b'), false)).toBeUndefined();
    expect(workbenchShortcutFor(press('b', { ctrl: true, alt: true }), false)).toBeUndefined();
    expect(workbenchShortcutFor(press('F8', { ctrl: true }), false)).toBeUndefined();
  });
});
