import type { JsonPath } from '@/lib/analysis/sourceMap';
import { normalizeFormat } from '../formats';
import type { RulesetProblems } from './rulesetProblems';

/** A `formats` list: AsyncAPI format names (aas2, aas3, aas2_6, asyncapi3…); other formats are reported. */
export function readFormats(value: unknown, at: JsonPath, problems: RulesetProblems): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.add(at, 'ruleset-invalid', '"formats" must be a list of format names, e.g. [aas2, aas3]');
    return undefined;
  }
  const formats: string[] = [];
  value.forEach((item, index) => {
    const format = typeof item === 'string' ? normalizeFormat(item) : undefined;
    if (format) formats.push(format);
    else problems.add([...at, index], 'ruleset-unknown-format', `Unknown format ${JSON.stringify(item)}: the studio reads AsyncAPI documents (aas2, aas3, aas2_6, aas3_0, …)`);
  });
  return formats;
}
