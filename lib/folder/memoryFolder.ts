import type { DirectoryHandleLike, FileHandleLike } from './handles';

/** An in-memory folder with File System Access's shape: every write bumps the clock. */
export function memoryFolder(initial: Record<string, string>) {
  let clock = 100;
  const files = new Map<string, { text: string; modified: number }>(Object.entries(initial).map(([p, text]) => [p, { text, modified: clock }]));
  const notFound = () => new DOMException('not found', 'NotFoundError');
  const dir = (prefix: string): DirectoryHandleLike => ({
    kind: 'directory',
    name: prefix.split('/').filter(Boolean).at(-1) ?? 'root',
    values: async function* () {},
    getDirectoryHandle: async (name, options) => {
      const path = `${prefix}${name}/`;
      if (!options?.create && ![...files.keys()].some((p) => p.startsWith(path))) throw notFound();
      return dir(path);
    },
    getFileHandle: async (name, options) => {
      const path = `${prefix}${name}`;
      if (!files.has(path)) {
        if (!options?.create) throw notFound();
        files.set(path, { text: '', modified: ++clock });
      }
      const handle: FileHandleLike = {
        kind: 'file',
        name,
        getFile: async () => {
          const f = files.get(path)!;
          return { size: f.text.length, lastModified: f.modified, text: async () => f.text };
        },
        createWritable: async () => {
          let buffer = '';
          return {
            write: async (data) => void (buffer += String(data)),
            close: async () => void files.set(path, { text: buffer, modified: ++clock }),
          };
        },
      };
      return handle;
    },
    removeEntry: async (name) => {
      if (!files.delete(`${prefix}${name}`)) throw notFound();
    },
  });
  return { root: dir(''), files, touch: (path: string, text: string) => files.set(path, { text, modified: ++clock }) };
}
