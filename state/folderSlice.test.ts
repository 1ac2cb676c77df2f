import { describe, expect, it } from 'vitest';
import { isChangedFromDisk } from '@/lib/persistence/workspaceMerge';
import { cleanWorkspacePath } from './folderSlice';
import { createStudioStore } from './store';
import { active, pathsOf } from './testing';

const DOC = 'asyncapi: 3.0.0\ninfo: {title: t, version: 1.0.0}\nchannels:\n  c:\n    $ref: ./common/channel.yaml\n';

function withFolder() {
  const store = createStudioStore('asyncapi: 3.0.0\n');
  const loose = store.getState().activeId;
  store.getState().beginFolder('proj', { writable: false, total: 3 });
  store.getState().addFolderFiles(
    [
      { path: 'common/channel.yaml', text: 'address: a\n', modified: 1 },
      { path: 'services/api.yaml', text: DOC, modified: 1 },
    ],
    [{ path: 'big.yaml', reason: 'too-large', size: 20 * 1024 * 1024 }],
  );
  store.getState().finishFolder();
  const byPath = (path: string) => Object.values(store.getState().files).find((f) => f.path === path)!;
  return { store, loose, byPath };
}

describe('a folder as the workspace', () => {
  it('keeps each file at its path inside the folder and shows its first AsyncAPI document', () => {
    const { store, byPath } = withFolder();
    expect(pathsOf(store).sort()).toEqual(['asyncapi.yaml', 'common/channel.yaml', 'services/api.yaml']);
    expect(active(store).path).toBe('services/api.yaml');
    expect(store.getState().folder).toMatchObject({ name: 'proj', skipped: [{ path: 'big.yaml', reason: 'too-large' }] });
    expect(isChangedFromDisk(byPath('services/api.yaml'))).toBe(false);
  });

  it('closing the tab of a folder file keeps the file; closing a loose document discards it (reopenable)', () => {
    const { store, loose, byPath } = withFolder();
    const api = byPath('services/api.yaml');
    store.getState().closeDocument(api.id);
    expect(store.getState().tabs).not.toContain(api.id);
    expect(store.getState().files[api.id]?.text).toBe(DOC);
    expect(store.getState().closed).toEqual([]);
    store.getState().closeDocument(loose);
    expect(store.getState().files[loose]).toBeUndefined();
    expect(store.getState().closed.map((d) => d.id)).toEqual([loose]);
    store.getState().switchTo(api.id);
    expect(store.getState().tabs).toContain(api.id);
  });

  it('a loose document at a folder file’s path moves aside, so $refs stay unambiguous', () => {
    const store = createStudioStore('mine');
    store.getState().beginFolder('p', { writable: false, total: 1 });
    store.getState().addFolderFiles([{ path: 'asyncapi.yaml', text: 'theirs', modified: 1 }], []);
    expect(pathsOf(store).sort()).toEqual(['asyncapi (2).yaml', 'asyncapi.yaml']);
    expect(Object.values(store.getState().files).find((f) => f.path === 'asyncapi.yaml')?.text).toBe('theirs');
  });

  it('creates, renames and deletes files; a taken or climbing path is refused', () => {
    const { store, byPath } = withFolder();
    const id = store.getState().createFile('schemas/user.yaml', 'type: object\n');
    expect(id).not.toBeNull();
    expect(active(store)).toMatchObject({ path: 'schemas/user.yaml', inFolder: true });
    expect(isChangedFromDisk(active(store))).toBe(true);
    expect(store.getState().createFile('schemas/user.yaml')).toBeNull();
    expect(store.getState().createFile('../etc/passwd')).toBeNull();
    expect(store.getState().renameDocument(id!, 'common/channel.yaml')).toBe(false);
    expect(store.getState().renameDocument(byPath('common/channel.yaml').id, 'common/channels.yaml')).toBe(true);
    expect(isChangedFromDisk(byPath('common/channels.yaml'))).toBe(true);
    store.getState().deleteFile(byPath('common/channels.yaml').id);
    expect(pathsOf(store)).not.toContain('common/channels.yaml');
    expect(store.getState().folder?.removed).toEqual(['common/channel.yaml']);
  });

  it('opening another folder replaces the first one’s files; closing the folder keeps loose documents', () => {
    const { store } = withFolder();
    store.getState().beginFolder('other', { writable: false, total: 1 });
    store.getState().addFolderFiles([{ path: 'x.yaml', text: 'asyncapi: 3.0.0\n', modified: 1 }], []);
    store.getState().finishFolder();
    expect(pathsOf(store).sort()).toEqual(['asyncapi.yaml', 'x.yaml']);
    store.getState().closeFolder();
    expect(pathsOf(store)).toEqual(['asyncapi.yaml']);
    expect(store.getState().folder).toBeNull();
  });

  it('records what Save wrote, and a reload from disk replaces the text as one edit', () => {
    const { store, byPath } = withFolder();
    const api = byPath('services/api.yaml');
    store.getState().switchTo(api.id);
    store.getState().editText(`${DOC}# edited\n`);
    expect(isChangedFromDisk(byPath('services/api.yaml'))).toBe(true);
    store.getState().markWrittenToDisk([{ id: api.id, path: api.path, text: `${DOC}# edited\n`, modified: 5 }], []);
    expect(isChangedFromDisk(byPath('services/api.yaml'))).toBe(false);
    store.getState().reloadFromDisk(api.id, 'from disk', 9);
    expect(byPath('services/api.yaml')).toMatchObject({ text: 'from disk', disk: { text: 'from disk', modified: 9 } });
    expect(byPath('services/api.yaml').externalEdit?.text).toBe('from disk');
  });
});

describe('paths typed by the user', () => {
  it('are cleaned or refused', () => {
    expect(cleanWorkspacePath(' /a\\b.yaml ')).toBe('a/b.yaml');
    expect(cleanWorkspacePath('a/../b')).toBeNull();
    expect(cleanWorkspacePath('a//b')).toBeNull();
    expect(cleanWorkspacePath('')).toBeNull();
  });
});
