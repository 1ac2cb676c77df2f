import type { Severity } from '@/lib/analysis/diagnostic';
import { catalogueRule } from './catalogue';
import type { RuleTally } from './runner';
import { RULE_CATEGORIES } from './types';
import type { RuleCategory } from './types';

/** How much a rule weighs in its category, by its severity: an error matters three times an info. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0.5 };

/** How much each category weighs in the overall score. */
export const CATEGORY_WEIGHT: Record<RuleCategory, number> = { documentation: 0.3, naming: 0.15, security: 0.2, examples: 0.15, structure: 0.2 };

export interface CategoryScore {
  /** 0–100, or null when no rule of the category judged anything in this document. */
  score: number | null;
  /** Values judged and values that failed, over the category's rules. */
  checks: number;
  failures: number;
}

export interface GovernanceScore {
  /** 0–100, rounded. */
  score: number;
  /** The same unrounded: on a large document one fix moves it less than a point. */
  exact: number;
  categories: Record<RuleCategory, CategoryScore>;
}

/**
 * The document's quality score from the catalogue rules that ran. Each rule scores the share of the values it
 * judged that passed (7 of 10 operations described: 70); a category is the severity-weighted mean of its rules;
 * the score is the weighted mean of the categories that judged anything. Fixing any problem raises it.
 */
export function computeScore(tallies: ReadonlyMap<string, RuleTally>, severities: ReadonlyMap<string, Severity>): GovernanceScore {
  const sums = new Map<RuleCategory, { weighted: number; weight: number; checks: number; failures: number }>();
  for (const [id, tally] of tallies) {
    const rule = catalogueRule(id);
    const severity = severities.get(id);
    if (!rule || !severity || tally.checks === 0) continue;
    const sum = sums.get(rule.category) ?? { weighted: 0, weight: 0, checks: 0, failures: 0 };
    const weight = SEVERITY_WEIGHT[severity];
    sum.weighted += weight * ((tally.checks - tally.failures) / tally.checks);
    sum.weight += weight;
    sum.checks += tally.checks;
    sum.failures += tally.failures;
    sums.set(rule.category, sum);
  }
  const categories = {} as Record<RuleCategory, CategoryScore>;
  let overall = 0;
  let overallWeight = 0;
  for (const category of RULE_CATEGORIES) {
    const sum = sums.get(category);
    const exact = sum && sum.weight > 0 ? (100 * sum.weighted) / sum.weight : null;
    categories[category] = { score: exact === null ? null : Math.round(exact), checks: sum?.checks ?? 0, failures: sum?.failures ?? 0 };
    if (exact !== null) {
      overall += CATEGORY_WEIGHT[category] * exact;
      overallWeight += CATEGORY_WEIGHT[category];
    }
  }
  const exact = overallWeight === 0 ? 100 : overall / overallWeight;
  return { score: Math.round(exact), exact, categories };
}
