import type { CatalogueRule } from '@/lib/governance/types';

const FORMAT_NAME = { aas2: 'AsyncAPI 2.x', aas3: 'AsyncAPI 3.x' } as const;

/** A catalogue rule's explanation and its good and bad examples (YAML fragments, shown as text). */
export function RuleExplanation({ id, rule }: { id?: string; rule: CatalogueRule }) {
  return (
    <div id={id} className="rule-explanation" data-testid="rule-explanation" data-rule={rule.id}>
      <p>
        <strong>{rule.id}</strong> ({rule.category}): {rule.explanation}
      </p>
      {rule.examples.map((example) => (
        <div key={example.format} className="rule-examples">
          <figure>
            <figcaption>Passes ({FORMAT_NAME[example.format]})</figcaption>
            <pre>{example.good}</pre>
          </figure>
          <figure>
            <figcaption>Fails ({FORMAT_NAME[example.format]})</figcaption>
            <pre>{example.bad}</pre>
          </figure>
        </div>
      ))}
    </div>
  );
}
