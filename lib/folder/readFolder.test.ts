import { describe, expect, it } from 'vitest';
import { scanDirectory, scanFileList } from './folderSource';
import type { RelativeFile } from './folderSource';
import type { DirectoryHandleLike, FileHandleLike } from './handles';
import { describeFolderRead, readFolder } from './readFolder';
import type { ReadFile, SkippedFile } from './readFolder';

/** A File as `<input webkitdirectory>` hands it over. */
function relativeFile(path: string, text: string, size = text.length): RelativeFile {
  return { name: path.split('/').at(-1)!, webkitRelativePath: path, size, lastModified: 7, text: async () => text };
}

/** An in-memory directory handle, shaped like File System Access's. */
function directory(name: string, tree: Record<string, string | Record<string, unknown>>): DirectoryHandleLike {
  const children = Object.entries(tree).map(([child, value]): FileHandleLike | DirectoryHandleLike =>
    typeof value === 'string'
      ? { kind: 'file', name: child, getFile: async () => ({ size: value.length, lastModified: 3, text: async () => value }) }
      : directory(child, value as Record<string, string>),
  );
  return {
    kind: 'directory',
    name,
    values: async function* () {
      yield* children;
    },
    getFileHandle: async () => {
      throw new Error('not here');
    },
    getDirectoryHandle: async () => {
      throw new Error('not here');
    },
    removeEntry: async () => {},
  };
}

async function readAll(scan: Parameters<typeof readFolder>[0], limits = { maxFileBytes: 1000, maxTotalBytes: 1_000_000 }) {
  const files: ReadFile[] = [];
  const skipped: SkippedFile[] = [];
  let chunks = 0;
  const summary = await readFolder(scan, {
    limits,
    chunkSize: 50,
    yieldToPage: async () => {},
    onChunk: (f, s) => {
      chunks++;
      files.push(...f);
      skipped.push(...s);
    },
  });
  return { files, skipped, chunks, summary };
}

describe('opening a folder', () => {
  it('reads an input folder with paths inside it, skipping node_modules and .git and saying so', async () => {
    const scan = scanFileList([
      relativeFile('api/asyncapi.yaml', 'asyncapi: 3.0.0'),
      relativeFile('api/common/messages.yaml', 'a: 1'),
      relativeFile('api/node_modules/pkg/x.yaml', 'x'),
      relativeFile('api/node_modules/pkg/y.yaml', 'y'),
      relativeFile('api/.git/HEAD', 'ref'),
    ]);
    expect(scan.name).toBe('api');
    expect(scan.entries.map((e) => e.path)).toEqual(['asyncapi.yaml', 'common/messages.yaml']);
    expect(scan.excluded).toEqual([
      { path: 'node_modules', files: 2 },
      { path: '.git', files: 1 },
    ]);
    const { files, summary } = await readAll(scan);
    expect(files.map((f) => [f.path, f.text, f.modified])).toEqual([
      ['asyncapi.yaml', 'asyncapi: 3.0.0', 7],
      ['common/messages.yaml', 'a: 1', 7],
    ]);
    expect(describeFolderRead(summary).message).toMatch(/“api”: 2 files; skipped node_modules, \.git \(folders the studio does not read, 3 files\)/);
  });

  it('lists files over the size limit and binary files without their text', async () => {
    const scan = scanFileList([
      relativeFile('p/big.yaml', 'x', 20 * 1024 * 1024),
      relativeFile('p/logo.png', '\u0089PNG\r\n\u001a\n\u0000\u0000'),
      relativeFile('p/ok.yaml', 'ok: true'),
    ]);
    const { files, skipped, summary } = await readAll(scan, { maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 50 * 1024 * 1024 });
    expect(files.map((f) => f.path)).toEqual(['ok.yaml']);
    expect(skipped).toEqual([
      { path: 'big.yaml', reason: 'too-large', size: 20 * 1024 * 1024 },
      { path: 'logo.png', reason: 'binary', size: 10 },
    ]);
    const notice = describeFolderRead(summary, { maxFileBytes: 10 * 1024 * 1024, maxTotalBytes: 50 * 1024 * 1024 });
    expect(notice.tone).toBe('warning');
    expect(notice.message).toContain('big.yaml (20.0 MB)');
    expect(notice.message).toContain('binary: logo.png');
  });

  it('hands thousands of files over in chunks, giving the page a turn between them', async () => {
    const scan = scanFileList(Array.from({ length: 5000 }, (_, i) => relativeFile(`big/f${i}.yaml`, `n: ${i}`)));
    let turns = 0;
    let chunks = 0;
    let read = 0;
    await readFolder(scan, {
      chunkSize: 100,
      yieldToPage: async () => void turns++,
      onChunk: (files) => {
        chunks++;
        read += files.length;
      },
    });
    expect(read).toBe(5000);
    expect(chunks).toBe(50);
    expect(turns).toBe(50);
  });

  it('walks a directory handle without entering excluded folders', async () => {
    const root = directory('proj', { 'b.yaml': 'b: 1', sub: { 'a.json': '{}' }, node_modules: { 'x.yaml': 'x' } });
    const scan = await scanDirectory(root);
    expect(scan.entries.map((e) => e.path)).toEqual(['b.yaml', 'sub/a.json']);
    expect(scan.excluded).toEqual([{ path: 'node_modules' }]);
    const { files } = await readAll(scan);
    expect(files.map((f) => f.text)).toEqual(['b: 1', '{}']);
  });

  it('stops when another folder is opened meanwhile', async () => {
    const scan = scanFileList(Array.from({ length: 300 }, (_, i) => relativeFile(`p/f${i}.yaml`, 'x')));
    let chunks = 0;
    await readFolder(scan, { chunkSize: 100, yieldToPage: async () => {}, cancelled: () => chunks >= 1, onChunk: () => void chunks++ });
    expect(chunks).toBe(1);
  });
});
