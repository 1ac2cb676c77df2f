import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipWorkspace } from './zipWorkspace';

describe('zipWorkspace', () => {
  it('holds every file at its workspace path, text intact', () => {
    const files = [
      { path: 'services/comments/asyncapi.yaml', text: 'asyncapi: 3.0.0\ninfo:\n  title: Çomments ✓\n' },
      { path: 'common/messages.yaml', text: 'commentLiked:\n  payload: {}\n' },
      { path: 'README.md', text: '' },
    ];
    const unzipped = unzipSync(zipWorkspace(files));
    expect(Object.keys(unzipped).sort()).toEqual(['README.md', 'common/messages.yaml', 'services/comments/asyncapi.yaml']);
    for (const file of files) expect(strFromU8(unzipped[file.path]!)).toBe(file.text);
  });

  it('refuses paths that would escape the folder when unzipped', () => {
    for (const path of ['../evil.yaml', '/etc/passwd', 'a//b.yaml', 'a/./b.yaml', 'a\\..\\b.yaml']) {
      expect(() => zipWorkspace([{ path, text: 'x' }])).toThrow(`Not a workspace path: ${path}`);
    }
  });
});
