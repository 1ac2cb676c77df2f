export type DocumentFormat = 'yaml' | 'json';

/** JSON documents start with a brace or bracket; everything else is read as YAML (a superset of JSON). */
export function detectFormat(text: string): DocumentFormat {
  for (let i = 0; i < text.length && i < 4096; i++) {
    const ch = text[i];
    if (ch === ' ' || ch === '\n' || ch === '\r' || ch === '\t' || ch === '\uFEFF') continue;
    return ch === '{' || ch === '[' ? 'json' : 'yaml';
  }
  return 'yaml';
}
