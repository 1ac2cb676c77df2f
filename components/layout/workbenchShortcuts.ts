import type { KeyLike } from '@/components/actions/shortcuts';

/** The workbench's own keys (panels, problems, settings): one table for the handler and the help dialog. */
export type WorkbenchAction = 'toggle-sidebar' | 'toggle-problems' | 'next-problem' | 'previous-problem' | 'settings';

export interface WorkbenchShortcut {
  action: WorkbenchAction;
  keys: string;
  description: string;
  mod: boolean;
  shift: boolean;
  key: string;
}

export const workbenchShortcuts: readonly WorkbenchShortcut[] = [
  { action: 'toggle-sidebar', keys: 'Ctrl/Cmd+B', description: 'Show or hide the sidebar', mod: true, shift: false, key: 'b' },
  { action: 'toggle-problems', keys: 'Ctrl/Cmd+J', description: 'Show or hide the problems', mod: true, shift: false, key: 'j' },
  { action: 'next-problem', keys: 'F8', description: 'Go to the next problem (in the editor too)', mod: false, shift: false, key: 'f8' },
  { action: 'previous-problem', keys: 'Shift+F8', description: 'Go to the previous problem', mod: false, shift: true, key: 'f8' },
  { action: 'settings', keys: 'Ctrl/Cmd+,', description: 'Open the settings', mod: true, shift: false, key: ',' },
];

/**
 * The workbench action a key press means, if any. `inEditor`: the press happens in a Monaco editor,
 * which answers F8 / Shift+F8 itself (with its inline problem view), as VS Code does.
 */
export function workbenchShortcutFor(event: KeyLike, inEditor: boolean): WorkbenchAction | undefined {
  if (event.altKey) return undefined;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  const found = workbenchShortcuts.find((s) => s.mod === mod && s.shift === event.shiftKey && s.key === key);
  if (!found) return undefined;
  if (inEditor && (found.action === 'next-problem' || found.action === 'previous-problem')) return undefined;
  return found.action;
}
