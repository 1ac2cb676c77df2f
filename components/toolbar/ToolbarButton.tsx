'use client';

import type { ButtonHTMLAttributes } from 'react';
import type { LucideIcon } from 'lucide-react';

type Props = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'title' | 'children'> & {
  icon: LucideIcon;
  /** The visible label and the button's accessible name. */
  label: string;
  /** What the tooltip says beyond the label. */
  hint?: string;
  /** Shown in the tooltip, e.g. "Ctrl/Cmd+O". */
  shortcut?: string;
  /** 'icon': the label is only the accessible name and tooltip; 'optional': it gives way on narrow windows. */
  labelMode?: 'shown' | 'optional' | 'icon';
  testId?: string;
};

/** The studio's toolbar button: an icon, a label, and a tooltip that names the shortcut. */
export function ToolbarButton({ icon: Icon, label, hint, shortcut, labelMode = 'shown', testId, className, ...rest }: Props) {
  const tooltip = `${hint ?? label}${shortcut ? ` (${shortcut})` : ''}`;
  const iconOnly = labelMode === 'icon';
  return (
    <button
      type="button"
      data-testid={testId}
      className={`toolbar-button${iconOnly ? ' is-icon' : ''}${className ? ` ${className}` : ''}`}
      title={tooltip}
      aria-label={iconOnly || labelMode === 'optional' ? label : undefined}
      aria-keyshortcuts={shortcut ? ariaKeys(shortcut) : undefined}
      {...rest}
    >
      <Icon size={16} aria-hidden="true" />
      {!iconOnly && <span className={`toolbar-label${labelMode === 'optional' ? ' is-optional' : ''}`}>{label}</span>}
    </button>
  );
}

/** "Ctrl/Cmd+Shift+U" → "Control+Shift+U Meta+Shift+U", as aria-keyshortcuts lists alternatives. */
function ariaKeys(shortcut: string): string {
  const one = (mod: string) => shortcut.replace('Ctrl/Cmd', mod).replace(/\bCtrl\b/, 'Control');
  return shortcut.includes('Ctrl/Cmd') ? `${one('Control')} ${one('Meta')}` : one('');
}
