import { RULESET_FILE_NAMES } from './readRuleset';

/**
 * The ruleset that applies to a document of the workspace: a `.spectral.yaml` (`.yml`, `.json`) in the
 * document's folder, else in the nearest folder above it. Paths are workspace paths with `/` separators.
 */
export function findRuleset(documentPath: string, workspacePaths: Iterable<string>): string | undefined {
  const present = new Set([...workspacePaths].map((path) => path.replace(/^\.?\//, '')));
  const folders = documentPath.replace(/^\.?\//, '').split('/').slice(0, -1);
  for (let depth = folders.length; depth >= 0; depth -= 1) {
    const folder = folders.slice(0, depth).join('/');
    for (const name of RULESET_FILE_NAMES) {
      const candidate = folder === '' ? name : `${folder}/${name}`;
      if (present.has(candidate)) return candidate;
    }
  }
  return undefined;
}
