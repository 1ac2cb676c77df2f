'use client';

import { editorShortcuts, shortcuts } from '@/components/actions/shortcuts';
import { useStudioStore } from '@/state/useStudio';
import { Modal } from './Modal';

/** Every keyboard shortcut, the studio's and the editor's most useful. */
export default function ShortcutsDialog() {
  const store = useStudioStore();
  const rows = [...shortcuts.map(({ keys, description }) => ({ keys, description })), ...editorShortcuts];
  return (
    <Modal title="Keyboard shortcuts" testId="shortcuts-dialog" onClose={() => store.getState().closeDialog()}>
      <table className="shortcuts">
        <tbody>
          {rows.map((row) => (
            <tr key={row.keys} data-testid="shortcut">
              <td>{row.description}</td>
              <td>
                <kbd>{row.keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Modal>
  );
}
