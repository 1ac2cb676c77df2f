import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { memoryFolder } from '@/lib/folder/memoryFolder';
import { corpusPath } from '@/lib/testing/corpus';
import { loadFolder } from '@/lib/workspace/folderFixture';
import { createStudioStore } from './store';
import { active } from './testing';
import { HeldConvertWorker, servicesWithConvert } from './testServices';

/** A store whose convert jobs run the real handler in-process, answered at once. */
function setup() {
  const worker = new HeldConvertWorker();
  const post = worker.postMessage.bind(worker);
  worker.postMessage = (message) => {
    post(message);
    queueMicrotask(() => worker.answerNext());
  };
  return createStudioStore('loose: true\n', { services: servicesWithConvert(worker) });
}

function openFolder(store: ReturnType<typeof setup>, texts: Record<string, string>, handle: ReturnType<typeof memoryFolder>['root'] | null) {
  store.getState().beginFolder('proj', { writable: handle !== null, total: 0 });
  store.setState({ folderHandle: handle });
  store.getState().addFolderFiles(Object.entries(texts).map(([path, text]) => ({ path, text, modified: 100 })), []);
  store.getState().finishFolder();
}

const byPath = (store: ReturnType<typeof setup>, path: string) => Object.values(store.getState().files).find((f) => f.path === path)!;

describe('bundle and zip of the workspace', () => {
  it('bundles the active service of a folder in the convert worker', async () => {
    const store = setup();
    openFolder(store, loadFolder(corpusPath('spec-examples/3.0.0/social-media')), null);
    store.getState().switchTo(byPath(store, 'backend/asyncapi.yaml').id);
    const bundled = await store.getState().bundleActive();
    expect(bundled).toMatchObject({ fileName: 'asyncapi.bundled.yaml', format: 'yaml' });
    expect(bundled!.includedFiles).toContain('common/messages.yaml');
    expect(bundled!.text).not.toContain('../common/');
  });

  it('zips every file at its path', async () => {
    const store = setup();
    openFolder(store, { 'a.yaml': 'a: 1\n', 'sub/b.json': '{}' }, null);
    const zipped = await store.getState().zipWorkspace();
    const files = unzipSync(zipped!.bytes);
    expect(Object.keys(files).sort()).toEqual(['a.yaml', 'asyncapi.yaml', 'sub/b.json']);
    expect(strFromU8(files['sub/b.json']!)).toBe('{}');
  });
});

describe('saving the folder', () => {
  it('writes changed files back through the folder handle, and says there is nothing left to save', async () => {
    const store = setup();
    const disk = memoryFolder({ 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' });
    openFolder(store, { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' }, disk.root);
    store.getState().switchTo(byPath(store, 'a.yaml').id);
    store.getState().editText('a: 2\n');
    store.getState().createFile('c/new.yaml', 'c: 1\n');
    store.getState().deleteFile(byPath(store, 'b.yaml').id);
    expect(await store.getState().saveFolder()).toEqual({ kind: 'written' });
    expect(Object.fromEntries([...disk.files].map(([p, f]) => [p, f.text]))).toEqual({ 'a.yaml': 'a: 2\n', 'c/new.yaml': 'c: 1\n' });
    expect(await store.getState().saveFolder()).toBeNull();
    expect(store.getState().notices.at(-1)?.message).toMatch(/Nothing to save/);
  });

  it('a file changed on disk meanwhile is not overwritten: it is offered for reload, or kept on request', async () => {
    const store = setup();
    const disk = memoryFolder({ 'a.yaml': 'a: 1\n' });
    openFolder(store, { 'a.yaml': 'a: 1\n' }, disk.root);
    store.getState().switchTo(byPath(store, 'a.yaml').id);
    store.getState().editText('a: mine\n');
    disk.touch('a.yaml', 'a: theirs\n');
    await store.getState().saveFolder();
    expect(disk.files.get('a.yaml')?.text).toBe('a: theirs\n');
    expect(store.getState().diskChanges).toMatchObject([{ path: 'a.yaml', text: 'a: theirs\n', changedHere: true }]);
    store.getState().keepMine(byPath(store, 'a.yaml').id);
    await store.getState().saveFolder();
    expect(disk.files.get('a.yaml')?.text).toBe('a: mine\n');
  });

  it('on focus, a file changed on disk is offered; reloading takes the disk’s text', async () => {
    const store = setup();
    const disk = memoryFolder({ 'a.yaml': 'a: 1\n' });
    openFolder(store, { 'a.yaml': 'a: 1\n' }, disk.root);
    // Open tabs (and changed files) are checked.
    store.getState().switchTo(byPath(store, 'a.yaml').id);
    disk.touch('a.yaml', 'a: 2\n');
    await store.getState().checkDisk();
    const change = store.getState().diskChanges[0]!;
    expect(change).toMatchObject({ path: 'a.yaml', changedHere: false });
    store.getState().reloadDiskChange(change.id);
    expect(active(store).text).toBe('a: 2\n');
    expect(store.getState().diskChanges).toEqual([]);
  });

  it('without write access, Save downloads a zip of the changed files only', async () => {
    const store = setup();
    openFolder(store, { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' }, null);
    store.getState().switchTo(byPath(store, 'a.yaml').id);
    store.getState().editText('a: 2\n');
    const saved = await store.getState().saveFolder();
    if (saved?.kind !== 'zip') throw new Error('expected a zip');
    expect(saved.fileName).toBe('proj-changes.zip');
    expect(Object.keys(unzipSync(saved.bytes))).toEqual(['a.yaml']);
  });
});
