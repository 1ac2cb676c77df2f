/** The ruleset a `.spectral.yaml`/`.spectral.json` in the workspace is looked for under, in this order. */
export const RULESET_FILE_NAMES = ['.spectral.yaml', '.spectral.yml', '.spectral.json'];

/** Whether a workspace path is a Spectral ruleset rather than a document. */
export function isRulesetPath(path: string): boolean {
  return RULESET_FILE_NAMES.includes(path.split('/').at(-1) ?? path);
}

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
