import { describe, expect, it } from 'vitest';
import { memoryFolder } from './memoryFolder';
import { modifiedOnDisk, readFromDisk, writeBack } from './writeBack';

describe('writing a folder back to disk', () => {
  it('writes changed and new files (folders created), moves renamed ones and removes deleted ones', async () => {
    const disk = memoryFolder({ 'a.yaml': 'a', 'old/name.yaml': 'n', 'gone.yaml': 'g' });
    const result = await writeBack(
      disk.root,
      [
        { id: '1', path: 'a.yaml', text: 'a2', knownModified: 100 },
        { id: '2', path: 'new/dir/b.yaml', text: 'b' },
        { id: '3', path: 'renamed.yaml', text: 'n', previousPath: 'old/name.yaml', knownModified: 100 },
      ],
      ['gone.yaml'],
    );
    expect(result.conflicts).toEqual([]);
    expect(result.failed).toEqual([]);
    expect(result.written.map((w) => w.path)).toEqual(['a.yaml', 'new/dir/b.yaml', 'renamed.yaml']);
    expect(Object.fromEntries([...disk.files].map(([p, f]) => [p, f.text]))).toEqual({ 'a.yaml': 'a2', 'new/dir/b.yaml': 'b', 'renamed.yaml': 'n' });
    expect(result.written[0]!.modified).toBe(await modifiedOnDisk(disk.root, 'a.yaml'));
  });

  it('never overwrites a file changed on disk since it was read: a conflict, offered for reload', async () => {
    const disk = memoryFolder({ 'a.yaml': 'a' });
    disk.touch('a.yaml', 'changed elsewhere');
    const result = await writeBack(disk.root, [{ id: '1', path: 'a.yaml', text: 'mine', knownModified: 100 }], []);
    expect(result.conflicts).toEqual([{ id: '1', path: 'a.yaml' }]);
    expect(disk.files.get('a.yaml')?.text).toBe('changed elsewhere');
    expect(await readFromDisk(disk.root, 'a.yaml')).toMatchObject({ text: 'changed elsewhere' });
    // A file new to the studio that appeared on disk meanwhile is not overwritten either.
    const created = await writeBack(disk.root, [{ id: '2', path: 'a.yaml', text: 'new here' }], []);
    expect(created.conflicts).toHaveLength(1);
  });
});
