'use client';

import { shortcuts } from '@/components/actions/shortcuts';
import { workbenchShortcuts } from '@/components/layout/workbenchShortcuts';
import { useStudioStore } from '@/state/useStudio';
import { EDITOR_SHORTCUTS, PANEL_KEYS } from './editorShortcuts';
import { Modal } from './Modal';

interface Row {
  keys: string;
  description: string;
}

const SECTIONS: ReadonlyArray<{ title: string; rows: readonly Row[] }> = [
  { title: 'Studio', rows: [...shortcuts, ...workbenchShortcuts] },
  { title: 'Editor (Monaco)', rows: EDITOR_SHORTCUTS },
  { title: 'Panels and lists', rows: PANEL_KEYS },
];

/** Every keyboard shortcut: the studio's, the editor's it relies on, and the keys of its panels. */
export default function ShortcutsDialog() {
  const store = useStudioStore();
  return (
    <Modal title="Keyboard shortcuts" testId="shortcuts-dialog" size="large" onClose={() => store.getState().closeDialog()}>
      <div className="shortcut-sections">
        {SECTIONS.map((section) => (
          <section key={section.title} aria-labelledby={`shortcuts-${section.title}`}>
            <h3 id={`shortcuts-${section.title}`} className="shortcut-heading">
              {section.title}
            </h3>
            <table className="shortcuts">
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.keys + row.description} data-testid="shortcut">
                    <td>{row.description}</td>
                    <td>
                      <kbd>{row.keys}</kbd>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </Modal>
  );
}
