import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One entry of the corpus' manifest.json: the reference parser's verdict on a real document. */
export interface CorpusEntry {
  path: string;
  origin: string;
  version: string | null;
  kind: 'document' | 'fragment' | 'converter-input' | 'converter-expected';
  parser_errors: number;
  parser_first_error: string | null;
  expected?: string;
  target?: string;
}

// Tests run from the project root (npm scripts). The shared corpus beside the project is the source; the
// copy in testdata/ lets a lone clone (CI) run the same tests. corpusCopy.test.ts keeps the two equal.
export const SHARED_CORPUS_DIR = resolve(process.cwd(), '..', 'shared', 'corpus');
export const COPIED_CORPUS_DIR = resolve(process.cwd(), 'testdata', 'corpus');
const corpusRoot = existsSync(resolve(SHARED_CORPUS_DIR, 'manifest.json')) ? SHARED_CORPUS_DIR : COPIED_CORPUS_DIR;

/** Absolute path of a corpus file (never edited). */
export function corpusPath(relative: string): string {
  return resolve(corpusRoot, relative);
}

export function readCorpus(relative: string): string {
  return readFileSync(corpusPath(relative), 'utf8');
}

export function corpusManifest(): CorpusEntry[] {
  return JSON.parse(readCorpus('manifest.json')) as CorpusEntry[];
}
