import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type { RuleSeverity, ThenDefinition } from '../types';

/** A `given` path once aliases are expanded; a scoped alias limits it to some formats. */
export interface GivenPath {
  path: string;
  formats?: readonly string[];
}

/** A rule a ruleset defines (or a catalogue rule it rewrites with its own `given`/`then`), checked and ready to run. */
export interface RulesetRule {
  id: string;
  description: string;
  message?: string;
  severity: RuleSeverity;
  /** False: written with `recommended: false`, so off (as Spectral treats a ruleset's own such rules). */
  enabled: boolean;
  formats?: readonly string[];
  given: GivenPath[];
  then: ThenDefinition[];
  resolved: boolean;
  documentationUrl?: string;
  /** 1-based line of the rule's key in the ruleset file. */
  line: number;
}

/** What a ruleset changes about a catalogue rule without rewriting it. */
export interface CatalogueOverride {
  severity?: RuleSeverity;
  enabled?: boolean;
  message?: string;
  description?: string;
}

export type ExtendMode = 'recommended' | 'all' | 'off';

export interface ReadRuleset {
  /** Workspace path of the ruleset file. */
  path: string;
  rules: RulesetRule[];
  /** How the ruleset takes in the studio's catalogue (`extends: spectral:asyncapi`); absent: it does not. */
  extendsCatalogue?: ExtendMode;
  overrides: Map<string, CatalogueOverride>;
  /** Mistakes in the ruleset file, at their lines (file: the ruleset's path, source: custom). */
  diagnostics: Diagnostic[];
}
