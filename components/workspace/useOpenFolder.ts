import { useCallback } from 'react';
import { scanDirectory, scanDroppedDirectory, scanFileList } from '@/lib/folder/folderSource';
import type { FolderScan, RelativeFile } from '@/lib/folder/folderSource';
import { directoryPicker } from '@/lib/folder/handles';
import type { DirectoryHandleLike } from '@/lib/folder/handles';
import { selectDiskChangeCount } from '@/state/treeSelectors';
import { useStudioStore } from '@/state/useStudio';
import { messageOf } from '@/lib/errors/messageOf';

type HandleItem = DataTransferItem & { getAsFileSystemHandle?: () => Promise<{ kind: string } | null> };

export interface OpenFolder {
  /** `<input webkitdirectory>` (a folder) or a multiple file input (loose files). */
  fromInput: (files: FileList) => Promise<void>;
  /** The browser's folder picker (read and write back); false where the browser has none. */
  withPicker: () => Promise<boolean>;
  /** A folder (or files) dropped on the page. */
  fromDrop: (data: DataTransfer) => Promise<void>;
}

/** Opening a folder as the workspace, whichever way the browser allows; replacing a folder with unsaved changes asks first. */
export function useOpenFolder(): OpenFolder {
  const store = useStudioStore();

  const open = useCallback(
    async (scan: FolderScan, handle: DirectoryHandleLike | null) => {
      const state = store.getState();
      if (scan.name === null) return state.openFiles(scan);
      const changes = state.folder ? selectDiskChangeCount(state) : 0;
      if (changes > 0 && !window.confirm(`“${state.folder!.name}” has ${changes === 1 ? 'one change' : `${changes} changes`} not saved to its folder. Open “${scan.name}” anyway? (The changes are lost.)`)) return;
      await state.openFolder(scan, handle);
    },
    [store],
  );

  const fromInput = useCallback(async (files: FileList) => open(scanFileList(Array.from(files) as RelativeFile[]), null), [open]);

  const withPicker = useCallback(async () => {
    const pick = directoryPicker(window);
    if (!pick) return false;
    let handle: DirectoryHandleLike;
    try {
      handle = await pick({ mode: 'readwrite', id: 'asyncapi-studio-folder' });
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) store.getState().notify('error', `The folder could not be opened: ${messageOf(error)}`);
      return true;
    }
    await open(await scanDirectory(handle), handle);
    return true;
  }, [open, store]);

  const fromDrop = useCallback(
    async (data: DataTransfer) => {
      // Everything must be asked of the DataTransfer now: it is emptied once the drop event returns.
      const items = Array.from(data.items).filter((item) => item.kind === 'file');
      const handles = items.map((item) => (item as HandleItem).getAsFileSystemHandle?.().catch(() => null));
      const entries = items.map((item) => item.webkitGetAsEntry?.() ?? null);
      const files = Array.from(data.files);
      const directoryAt = entries.findIndex((entry) => entry?.isDirectory);
      if (directoryAt === -1) {
        if (files.length > 0) await open(scanFileList(files), null);
        return;
      }
      const handle = await handles[directoryAt];
      try {
        if (handle && handle.kind === 'directory') {
          const directory = handle as unknown as DirectoryHandleLike;
          await open(await scanDirectory(directory), directory);
        } else {
          await open(await scanDroppedDirectory(entries[directoryAt] as FileSystemDirectoryEntry), null);
        }
      } catch (error) {
        store.getState().notify('error', `The dropped folder could not be read: ${messageOf(error)}`);
      }
    },
    [open, store],
  );

  return { fromInput, withPicker, fromDrop };
}
