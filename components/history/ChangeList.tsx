'use client';

import { memo, useMemo } from 'react';
import type { Change, ChangeClass, ChangeGroup } from '@/lib/diff/types';

const GROUPS: ReadonlyArray<[ChangeGroup, string]> = [
  ['server', 'Servers'],
  ['channel', 'Channels'],
  ['operation', 'Operations'],
  ['message', 'Messages'],
  ['schema', 'Schemas'],
  ['document', 'Document'],
];

export const CLASS_LABELS: Readonly<Record<ChangeClass, string>> = {
  breaking: 'Breaking',
  'non-breaking': 'Non-breaking',
  annotation: 'Documentation',
};

const CLASS_RANK: Readonly<Record<ChangeClass, number>> = { breaking: 0, 'non-breaking': 1, annotation: 2 };

const DIRECTION_WORDS = { receive: 'received', send: 'sent' } as const;

interface ChangeListProps {
  changes: readonly Change[];
  selected: number | null;
  onSelect: (index: number) => void;
}

/** The semantic changes grouped by server, channel, operation, message and schema; a row reveals its line. */
export function ChangeList({ changes, selected, onSelect }: ChangeListProps) {
  const groups = useMemo(
    () =>
      GROUPS.map(([group, heading]) => ({
        group,
        heading,
        rows: changes
          .map((change, index) => ({ change, index }))
          .filter(({ change }) => change.group === group)
          .sort((a, b) => CLASS_RANK[a.change.class] - CLASS_RANK[b.change.class] || a.index - b.index),
      })).filter((g) => g.rows.length > 0),
    [changes],
  );
  return (
    <div className="change-list" aria-label="Changes">
      {groups.map(({ group, heading, rows }) => (
        <section key={group} className="change-group" aria-label={heading}>
          <h3>
            {heading} <span className="panel-count">{rows.length}</span>
          </h3>
          <ul>
            {rows.map(({ change, index }) => (
              <li key={index}>
                <ChangeRow change={change} index={index} selected={selected === index} onSelect={onSelect} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** One change; document values appear as text (React escapes them), never as markup. */
const ChangeRow = memo(function ChangeRow({ change, index, selected, onSelect }: { change: Change; index: number; selected: boolean; onSelect: (index: number) => void }) {
  const where = change.line !== undefined ? `${change.side === 'old' ? 'old ' : ''}line ${change.line}` : 'no line';
  return (
    <button
      type="button"
      className={`diff-change diff-change-${change.class}`}
      data-testid="diff-change"
      data-class={change.class}
      data-path={change.path}
      data-line={change.line}
      data-side={change.side}
      aria-current={selected ? 'true' : undefined}
      title={change.line !== undefined ? 'Show this line in the text comparison' : 'This change has no line of its own'}
      onClick={() => onSelect(index)}
    >
      <span className={`change-class change-class-${change.class}`}>{CLASS_LABELS[change.class]}</span>
      <span className="change-description">{change.description}</span>
      <span className="change-meta">
        <code className="change-path">{change.path || '/'}</code>
        {change.directions && change.directions.length > 0 && <span className="change-direction">{change.directions.map((d) => DIRECTION_WORDS[d]).join(' and ')}</span>}
        <span className="change-line">{where}</span>
      </span>
    </button>
  );
});
