import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { isCatalogueRule } from './catalogue';

/**
 * The parser reports its 2.x recommended rules under the catalogue's ids; once governance runs, the catalogue's
 * rows (which follow the workspace's settings) replace them. Light on purpose: the page imports it.
 */
export function withoutParserCopies(parserDiagnostics: readonly Diagnostic[]): Diagnostic[] {
  return parserDiagnostics.filter((d) => (d.source ?? 'parser') !== 'parser' || !isCatalogueRule(d.code));
}
