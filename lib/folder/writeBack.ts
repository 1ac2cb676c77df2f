import { messageOf } from '@/lib/errors/messageOf';
import { directoryAt } from './folderSource';
import type { DirectoryHandleLike, FileHandleLike } from './handles';

/** A file to write back: its text, where it is now, and what the studio knows of it on disk. */
export interface DiskWrite {
  id: string;
  path: string;
  text: string;
  /** Where it was on disk (a rename writes the new path, then removes this one). */
  previousPath?: string;
  /** lastModified when it was read or last written; absent for a file new to the folder. */
  knownModified?: number;
}

export interface WriteBackResult {
  written: Array<{ id: string; path: string; text: string; modified: number }>;
  removed: string[];
  /** Changed on disk since the studio read it (or created there meanwhile): not written, never overwritten silently. */
  conflicts: Array<{ id: string; path: string }>;
  failed: Array<{ path: string; message: string }>;
}

function split(path: string): { folders: string[]; name: string } {
  const parts = path.split('/');
  return { folders: parts.slice(0, -1), name: parts.at(-1)! };
}

/** The handle of a file of the folder: created (with its folders) when asked, else null when it is not there. */
async function fileAt(root: DirectoryHandleLike, path: string, create: boolean): Promise<FileHandleLike | null> {
  const { folders, name } = split(path);
  if (create) return (await directoryAt(root, folders, true)).getFileHandle(name, { create: true });
  try {
    return await (await directoryAt(root, folders, false)).getFileHandle(name);
  } catch {
    return null;
  }
}

/** The file's lastModified on disk now, or null when it is not there. */
export async function modifiedOnDisk(root: DirectoryHandleLike, path: string): Promise<number | null> {
  try {
    const handle = await fileAt(root, path, false);
    return handle ? (await handle.getFile()).lastModified : null;
  } catch {
    return null;
  }
}

/** Reads a file of the folder again (for "reload from disk"). */
export async function readFromDisk(root: DirectoryHandleLike, path: string): Promise<{ text: string; modified: number } | null> {
  try {
    const handle = await fileAt(root, path, false);
    if (!handle) return null;
    const file = await handle.getFile();
    return { text: await file.text(), modified: file.lastModified };
  } catch {
    return null;
  }
}

/**
 * Writes changed files back into the opened folder and removes deleted ones. A file whose lastModified on disk
 * is not the one the studio knows (someone changed it there meanwhile) is a conflict: left as it is on disk.
 */
export async function writeBack(root: DirectoryHandleLike, writes: ReadonlyArray<DiskWrite>, removals: ReadonlyArray<string>): Promise<WriteBackResult> {
  const result: WriteBackResult = { written: [], removed: [], conflicts: [], failed: [] };
  for (const write of writes) {
    const onDisk = await modifiedOnDisk(root, write.path);
    const expected = write.previousPath === undefined || write.previousPath === write.path ? write.knownModified : undefined;
    if (onDisk !== null && onDisk !== expected) {
      result.conflicts.push({ id: write.id, path: write.path });
      continue;
    }
    try {
      const handle = await fileAt(root, write.path, true);
      if (!handle?.createWritable) throw new Error('this browser cannot write files here');
      const writable = await handle.createWritable();
      await writable.write(write.text);
      await writable.close();
      const modified = (await handle.getFile()).lastModified;
      result.written.push({ id: write.id, path: write.path, text: write.text, modified });
      if (write.previousPath !== undefined && write.previousPath !== write.path) await remove(root, write.previousPath, result);
    } catch (error) {
      result.failed.push({ path: write.path, message: messageOf(error) });
    }
  }
  for (const path of removals) await remove(root, path, result);
  return result;
}

async function remove(root: DirectoryHandleLike, path: string, result: WriteBackResult): Promise<void> {
  const { folders, name } = split(path);
  try {
    const dir = await directoryAt(root, folders, false);
    await dir.removeEntry(name);
    result.removed.push(path);
  } catch (error) {
    // Already gone is what was wanted.
    if (error instanceof DOMException && error.name === 'NotFoundError') result.removed.push(path);
    else result.failed.push({ path, message: `not removed: ${messageOf(error)}` });
  }
}
