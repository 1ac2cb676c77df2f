'use client';

import { RuleExplanation } from '@/components/problems/RuleExplanation';
import { CATALOGUE } from '@/lib/governance/catalogue';
import { RULE_CATEGORIES } from '@/lib/governance/types';
import type { CatalogueRule, RuleSeverity } from '@/lib/governance/types';
import { selectRuleSettings } from '@/state/selectors';
import { useStudio, useStudioStore } from '@/state/useStudio';

const CHOICES: readonly RuleSeverity[] = ['error', 'warning', 'info', 'hint', 'off'];

const defaultOf = (rule: CatalogueRule): RuleSeverity => (rule.recommended ? rule.severity : 'off');

/** The governance catalogue, rule by rule: its severity for this workspace, and why the rule exists. */
export default function RuleSettingsList() {
  const store = useStudioStore();
  const chosen = useStudio(selectRuleSettings);
  return (
    <section className="settings-section" aria-labelledby="settings-rules">
      <h3 id="settings-rules">Rules (this workspace)</h3>
      <p className="settings-note">Each rule of the studio&apos;s catalogue, with its severity here; a project&apos;s .spectral.yaml can change them too.</p>
      {RULE_CATEGORIES.map((category) => (
        <div key={category} className="settings-rule-group">
          <h4>{category[0]!.toUpperCase() + category.slice(1)}</h4>
          <ul className="settings-rules">
            {CATALOGUE.filter((rule) => rule.category === category).map((rule) => (
              <li key={rule.id} className="settings-rule" data-testid="settings-rule" data-rule={rule.id}>
                <details>
                  <summary>
                    <code>{rule.id}</code> <span className="settings-rule-description">{rule.description}</span>
                  </summary>
                  <RuleExplanation rule={rule} />
                </details>
                <select
                  aria-label={`Severity of ${rule.id}`}
                  value={chosen[rule.id] ?? 'default'}
                  onChange={(e) => store.getState().setRuleSeverity(rule.id, e.target.value === 'default' ? null : (e.target.value as RuleSeverity))}
                >
                  <option value="default">Default ({defaultOf(rule)})</option>
                  {CHOICES.map((severity) => (
                    <option key={severity} value={severity}>
                      {severity}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
