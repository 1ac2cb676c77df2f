import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { catalogueRule } from '@/lib/governance/catalogue';
import type { CatalogueRule } from '@/lib/governance/types';
import { quickFixesFor } from '@/lib/editorIntel/quickFixes';
import type { Lines } from '@/lib/editorIntel/quickFixes';
import { normalizeOrigin } from '@/lib/settings/settings';

/** The code lib/workspace gives an http(s) `$ref` it did not fetch because its origin is not allowed. */
export const BLOCKED_REF_CODE = 'external-ref-not-fetched';

/** The catalogue rule behind a problem, when a rule of the studio's catalogue (not the user's ruleset) reported it. */
export function catalogueRuleOf(diagnostic: Diagnostic): CatalogueRule | undefined {
  return diagnostic.source === 'custom' ? undefined : catalogueRule(diagnostic.code);
}

/** The https origin a blocked remote `$ref` points at, which the user may allow. */
export function blockedOriginOf(diagnostic: Diagnostic): string | undefined {
  const origin = diagnostic.code === BLOCKED_REF_CODE ? diagnostic.data?.origin : undefined;
  return origin ? (normalizeOrigin(origin) ?? undefined) : undefined;
}

/** Lines of a text, split once and only when a fix is looked for. */
export function linesOf(text: string): Lines {
  let lines: string[] | null = null;
  const all = () => (lines ??= text.split(/\r?\n/));
  return {
    get count() {
      return all().length;
    },
    get: (line: number) => all()[line - 1] ?? '',
  };
}

/** Whether the editor's quick fixes (Ctrl/Cmd+.) offer something for this problem of the active document. */
export function hasQuickFix(diagnostic: Diagnostic, lines: Lines): boolean {
  return quickFixesFor({ message: diagnostic.message, range: diagnostic.range }, lines).length > 0;
}
