/**
 * Spectral's AsyncAPI format names: `aas2`, `aas3` for a major version, `aas2_6`, `aas3_0` for a minor one.
 * Rulesets may also write `asyncapi2`/`asyncApi2` (Spectral's aliases) or `asyncapi3.1`; all become the `aas` form.
 */
export function normalizeFormat(name: string): string | undefined {
  const match = /^(?:aas|asyncapi)(\d+)(?:[_.](\d+)(?:\.x)?)?$/i.exec(name.trim());
  if (!match) return undefined;
  return match[2] === undefined ? `aas${match[1]}` : `aas${match[1]}_${match[2]}`;
}

/** The format names an AsyncAPI version string belongs to: '3.1.0' → aas3, aas3_1. */
export function formatsOf(version: unknown): Set<string> {
  const match = typeof version === 'string' ? /^(\d+)\.(\d+)\.(\d+)$/.exec(version) : null;
  if (!match) return new Set();
  return new Set([`aas${match[1]}`, `aas${match[1]}_${match[2]}`]);
}

/** A rule with no formats applies to every document; otherwise to those with one of its formats. */
export function matchesFormats(ruleFormats: readonly string[] | undefined, documentFormats: ReadonlySet<string>): boolean {
  return ruleFormats === undefined || ruleFormats.some((format) => documentFormats.has(format));
}
