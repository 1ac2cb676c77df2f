import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { GeneratedFile } from './codegenOutcome';

/** The generated files as one zip, each at its path inside a folder named `root`. */
export function zipFiles(files: readonly GeneratedFile[], root: string): Uint8Array {
  const tree: Zippable = {};
  for (const file of files) tree[`${root}/${file.path}`] = strToU8(file.content);
  return zipSync(tree, { level: 6 });
}
