import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COPIED_CORPUS_DIR, SHARED_CORPUS_DIR } from './corpus';

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, resolve(entry.parentPath, entry.name)))
    .sort();
}

describe.runIf(existsSync(SHARED_CORPUS_DIR))('the corpus copy in testdata/', () => {
  it('holds exactly the shared corpus, byte for byte', () => {
    const shared = files(SHARED_CORPUS_DIR);
    expect(files(COPIED_CORPUS_DIR)).toEqual(shared);
    for (const file of shared) {
      expect(readFileSync(resolve(COPIED_CORPUS_DIR, file)).equals(readFileSync(resolve(SHARED_CORPUS_DIR, file))), file).toBe(true);
    }
  });
});
