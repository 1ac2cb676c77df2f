/** The studio's keyboard shortcuts: one table for the key handler and the help dialog. */
export type ShortcutAction = 'open' | 'download' | 'save-to-file' | 'convert' | 'format' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  keys: string;
  description: string;
  /** Ctrl on Windows/Linux, Cmd on macOS. */
  mod: boolean;
  shift: boolean;
  key: string;
}

export const shortcuts: readonly Shortcut[] = [
  { action: 'open', keys: 'Ctrl/Cmd+O', description: 'Open a file from disk', mod: true, shift: false, key: 'o' },
  { action: 'download', keys: 'Ctrl/Cmd+S', description: 'Download the document (YAML or JSON, as written)', mod: true, shift: false, key: 's' },
  { action: 'save-to-file', keys: 'Ctrl/Cmd+Shift+S', description: 'Save to a file on disk (where the browser allows it)', mod: true, shift: true, key: 's' },
  { action: 'convert', keys: 'Ctrl/Cmd+Shift+U', description: 'Convert to another AsyncAPI version', mod: true, shift: true, key: 'u' },
  { action: 'format', keys: 'Shift+Alt+F', description: 'Format the document (YAML is rewritten from its data: comments are dropped)', mod: false, shift: true, key: 'f' },
  { action: 'help', keys: '?', description: 'Show these shortcuts (outside the editor)', mod: false, shift: false, key: '?' },
];

export interface KeyLike {
  key: string;
  /** The physical key; with Alt held, macOS reports another character in `key`. */
  code?: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** The shortcut a key press means, if any. */
export function shortcutFor(event: KeyLike, inEditableField: boolean): ShortcutAction | undefined {
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  // Monaco binds Format Document to Ctrl+Shift+I on Linux; the studio offers Shift+Alt+F everywhere.
  if (event.altKey) return !mod && event.shiftKey && (key === 'f' || event.code === 'KeyF') ? 'format' : undefined;
  if (key === '?') return !mod && !inEditableField ? 'help' : undefined;
  return shortcuts.find((s) => s.mod === mod && s.mod && s.shift === event.shiftKey && s.key === key)?.action;
}
