import type { RuleSeverity } from './types';

const BY_NAME: Record<string, RuleSeverity> = { error: 'error', warn: 'warning', warning: 'warning', info: 'info', information: 'info', hint: 'hint', off: 'off' };
const BY_NUMBER: Record<number, RuleSeverity> = { [-1]: 'off', 0: 'error', 1: 'warning', 2: 'info', 3: 'hint' };

/** A severity as rulesets write it: `error`, `warn`, `info`, `hint`, `off`, or Spectral's numbers (0 error … 3 hint, -1 off). */
export function parseSeverity(value: unknown): RuleSeverity | undefined {
  if (typeof value === 'number') return BY_NUMBER[value];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (/^-?\d+$/.test(trimmed)) return BY_NUMBER[Number(trimmed)];
  return BY_NAME[trimmed.toLowerCase()];
}

/** The spelling a ruleset uses for a severity (`warn`, not `warning`). */
export function severityName(severity: RuleSeverity): string {
  return severity === 'warning' ? 'warn' : severity;
}

