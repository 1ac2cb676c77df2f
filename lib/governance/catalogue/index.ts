import type { CatalogueRule, RuleCategory } from '../types';
import { CHANNEL_RULES, OPERATION_RULES } from './channels';
import { DOCUMENT_RULES } from './document';
import { MESSAGE_RULES } from './messages';
import { SECURITY_RULES } from './security';
import { SERVER_RULES } from './servers';
import { TAG_RULES } from './tags';

// Data only (no rule functions): the UI may import it to show a rule's explanation and examples.

/** The name a ruleset uses to extend the studio's catalogue. */
export const CATALOGUE_NAME = 'spectral:asyncapi';

/** Every rule of the studio's catalogue, for 2.x and 3.x documents. */
export const CATALOGUE: readonly CatalogueRule[] = [
  ...DOCUMENT_RULES,
  ...TAG_RULES,
  ...SERVER_RULES,
  ...CHANNEL_RULES,
  ...OPERATION_RULES,
  ...MESSAGE_RULES,
  ...SECURITY_RULES,
];

const byId = new Map(CATALOGUE.map((rule) => [rule.id, rule]));

export function catalogueRule(id: string): CatalogueRule | undefined {
  return byId.get(id);
}

/** Whether a diagnostic code is a catalogue rule (the parser reports the 2.x ones under the same ids). */
export function isCatalogueRule(code: string): boolean {
  return byId.has(code);
}

const bySpectralId = new Map<string, string[]>();
for (const rule of CATALOGUE) {
  for (const spectralId of rule.spectralIds ?? []) bySpectralId.set(spectralId, [...(bySpectralId.get(spectralId) ?? []), rule.id]);
}

/** The catalogue rules a ruleset means by a rule id: ours, or the id of the matching rule in Spectral's own ruleset. */
export function catalogueRulesNamed(id: string): string[] {
  if (byId.has(id)) return [id];
  return bySpectralId.get(id) ?? [];
}

export function rulesInCategory(category: RuleCategory): CatalogueRule[] {
  return CATALOGUE.filter((rule) => rule.category === category);
}
