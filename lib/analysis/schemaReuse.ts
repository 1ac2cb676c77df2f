import type { Parser } from '@asyncapi/parser';

/** The parser's rules that validate the whole document against the version's JSON Schema. */
export const DOCUMENT_SCHEMA_RULES = ['asyncapi-document-resolved', 'asyncapi-document-unresolved'] as const;

type RuleFunction = (input: unknown, options: unknown, context: { documentInventory?: unknown }) => unknown;
interface RuleInternals {
  given: string | string[];
  then: Array<{ function: RuleFunction }>;
}

/** The rules of the parser's own Spectral instance (not public API: schemaReuse.test.ts pins the shape). */
function spectralRules(parser: Parser): Record<string, RuleInternals | undefined> | undefined {
  return (parser as unknown as { spectral?: { ruleset?: { rules?: Record<string, RuleInternals | undefined> } } }).spectral?.ruleset?.rules;
}

/**
 * Spectral's schema function keeps its Ajv instances per parse (keyed by the parse's document inventory), so
 * every parse compiled the AsyncAPI JSON Schema again: about half of a large document's parse (bench/README.md).
 * The document-schema rules get one key for the parser's lifetime instead, so the schema is compiled once per
 * version and worker. Their messages and ranges are unchanged (the corpus conformance test holds them).
 * A parser built without the core rules (`ruleset: { core: false }`) has nothing to wrap and is returned as is.
 * A parse with `__unstable.resolver` (a workspace document) builds a Spectral of its own: `reusedSchemaRules`
 * gives its ruleset the same wrapped rules, so it shares the compiled schema too.
 */
export function reuseCompiledSchemas(parser: Parser): Parser {
  const rules = spectralRules(parser);
  const key = {};
  // The core ruleset's first rule: without it the parser runs no core rule, the document-schema ones included.
  if (rules && !rules['asyncapi-is-asyncapi']) return parser;
  for (const name of DOCUMENT_SCHEMA_RULES) {
    const rule = rules?.[name];
    if (!rule || !Array.isArray(rule.then)) throw new Error(`The parser no longer has its "${name}" rule where the studio expects it.`);
    rule.then = rule.then.map((step) => {
      const validate = step.function;
      return { ...step, function: (input, options, context) => validate(input, options, { ...context, documentInventory: key }) };
    });
  }
  return parser;
}

/**
 * Ruleset overrides that give another Spectral of this parser (the one a parse with its own resolvers builds)
 * the document-schema rules `reuseCompiledSchemas` wrapped, sharing their compiled schema. Empty when the
 * parser runs no core rule. Spectral assigns an override object onto the inherited rule (its ruleset check wants `given` beside `then`).
 */
export function reusedSchemaRules(parser: Parser): Record<string, Pick<RuleInternals, 'given' | 'then'>> {
  const rules = spectralRules(parser);
  const overrides: Record<string, Pick<RuleInternals, 'given' | 'then'>> = {};
  for (const name of DOCUMENT_SCHEMA_RULES) {
    const rule = rules?.[name];
    if (rule) overrides[name] = { given: rule.given, then: rule.then };
  }
  return overrides;
}
