import { parse, stringify } from 'yaml';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { runGovernance } from '../runGovernance';
import type { GovernanceInput, GovernanceOutcome } from '../runGovernance';

/** The smallest documents each rule example is merged onto. */
export const BASE_DOCUMENTS = {
  aas2: { asyncapi: '2.6.0', info: { title: 'Streetlights', version: '1.0.0' }, channels: {} },
  aas3: { asyncapi: '3.0.0', info: { title: 'Streetlights', version: '1.0.0' } },
} as const;

function merge(base: unknown, extra: unknown): unknown {
  if (typeof base !== 'object' || base === null || Array.isArray(base) || typeof extra !== 'object' || extra === null || Array.isArray(extra)) return extra;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(extra)) out[key] = key in out ? merge(out[key], value) : value;
  return out;
}

/** A YAML document: the base document of the version with the fragment merged in. */
export function documentWith(format: keyof typeof BASE_DOCUMENTS, fragment: string): string {
  return stringify(merge(BASE_DOCUMENTS[format], parse(fragment) ?? {}));
}

export function govern(text: string, options: Omit<GovernanceInput, 'text'> = {}): GovernanceOutcome {
  return runGovernance({ text, ...options });
}

export function codesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => d.code);
}

export function problemsOf(outcome: GovernanceOutcome, code: string): Diagnostic[] {
  return outcome.diagnostics.filter((d) => d.code === code);
}
