import { describe, expect, it } from 'vitest';
import { shortcutFor } from './shortcuts';

const press = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('shortcutFor', () => {
  it('maps Ctrl and Cmd alike', () => {
    expect(shortcutFor(press('s', { ctrlKey: true }), true)).toBe('download');
    expect(shortcutFor(press('s', { metaKey: true }), true)).toBe('download');
    expect(shortcutFor(press('o', { ctrlKey: true }), false)).toBe('open');
  });

  it('tells Shift variants apart (the key arrives upper-case)', () => {
    expect(shortcutFor(press('S', { ctrlKey: true, shiftKey: true }), true)).toBe('save-to-file');
    expect(shortcutFor(press('U', { ctrlKey: true, shiftKey: true }), true)).toBe('convert');
    expect(shortcutFor(press('u', { ctrlKey: true }), true)).toBeUndefined();
  });

  it('leaves plain typing and Alt combinations to the editor', () => {
    expect(shortcutFor(press('s'), true)).toBeUndefined();
    expect(shortcutFor(press('g', { shiftKey: true, altKey: true }), true)).toBeUndefined();
    expect(shortcutFor(press('f', { altKey: true }), true)).toBeUndefined();
  });

  it('maps Shift+Alt+F to Format Document on every platform', () => {
    expect(shortcutFor(press('F', { shiftKey: true, altKey: true }), true)).toBe('format');
    expect(shortcutFor({ ...press('Ï', { shiftKey: true, altKey: true }), code: 'KeyF' }, true)).toBe('format');
  });

  it('opens the help with ? only outside editable fields', () => {
    expect(shortcutFor(press('?', { shiftKey: true }), false)).toBe('help');
    expect(shortcutFor(press('?', { shiftKey: true }), true)).toBeUndefined();
  });
});
