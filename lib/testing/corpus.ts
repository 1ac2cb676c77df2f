import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** One entry of ../shared/corpus/manifest.json: the reference parser's verdict on a real document. */
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

const corpusRoot = new URL('../../../shared/corpus/', import.meta.url);

/** Absolute path of a corpus file (the corpus sits beside the project and is never edited). */
export function corpusPath(relative: string): string {
  return fileURLToPath(new URL(relative, corpusRoot));
}

export function readCorpus(relative: string): string {
  return readFileSync(corpusPath(relative), 'utf8');
}

export function corpusManifest(): CorpusEntry[] {
  return JSON.parse(readCorpus('manifest.json')) as CorpusEntry[];
}
