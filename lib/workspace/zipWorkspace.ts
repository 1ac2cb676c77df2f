import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

/**
 * The workspace as one zip, each file at its workspace path ('/'-separated, as the folder was opened).
 * Paths that could escape the folder when unzipped (absolute, '..', empty segments) are refused, not rewritten.
 */
export function zipWorkspace(files: ReadonlyArray<{ path: string; text: string }>, options: { level?: 0 | 6 | 9 } = {}): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) {
    const segments = file.path.split('/');
    if (file.path.startsWith('/') || file.path.includes('\\') || segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw new Error(`Not a workspace path: ${file.path}`);
    }
    tree[file.path] = strToU8(file.text);
  }
  return zipSync(tree, { level: options.level ?? 6 });
}
