/**
 * The part of the File System Access API the studio uses, typed here (TypeScript's DOM library lacks the
 * async iterators and permissions). Real handles from `showDirectoryPicker`, a drop or the origin-private
 * file system fit these shapes; tests pass in-memory ones.
 */
export interface FileHandleLike {
  readonly kind: 'file';
  readonly name: string;
  getFile(): Promise<{ size: number; lastModified: number; text(): Promise<string> }>;
  createWritable?(): Promise<{ write(data: string | Blob): Promise<void>; close(): Promise<void> }>;
}

export interface DirectoryHandleLike {
  readonly kind: 'directory';
  readonly name: string;
  values(): AsyncIterable<FileHandleLike | DirectoryHandleLike>;
  getFileHandle(name: string, options?: { create?: boolean }): Promise<FileHandleLike>;
  getDirectoryHandle(name: string, options?: { create?: boolean }): Promise<DirectoryHandleLike>;
  removeEntry(name: string): Promise<void>;
  queryPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
  requestPermission?(options: { mode: 'read' | 'readwrite' }): Promise<PermissionState>;
}

type DirectoryPicker = (options?: { mode?: 'read' | 'readwrite'; id?: string }) => Promise<DirectoryHandleLike>;

/** `window.showDirectoryPicker` where the browser has it (Chromium-based browsers), else undefined. */
export function directoryPicker(scope: object = globalThis): DirectoryPicker | undefined {
  const candidate = (scope as { showDirectoryPicker?: DirectoryPicker }).showDirectoryPicker;
  return typeof candidate === 'function' ? candidate.bind(scope) : undefined;
}

/**
 * Whether the page may write through the handle, asking the user only when `ask` (needs a click: browsers
 * show the prompt only during a user gesture). Handles without the permission methods are writable.
 */
export async function canWrite(handle: DirectoryHandleLike, ask: boolean): Promise<boolean> {
  if (!handle.queryPermission) return true;
  try {
    if ((await handle.queryPermission({ mode: 'readwrite' })) === 'granted') return true;
    if (!ask || !handle.requestPermission) return false;
    return (await handle.requestPermission({ mode: 'readwrite' })) === 'granted';
  } catch {
    return false;
  }
}
