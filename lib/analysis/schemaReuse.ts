import type { Parser } from '@asyncapi/parser';

/** The parser's rules that validate the whole document against the version's JSON Schema. */
export const DOCUMENT_SCHEMA_RULES = ['asyncapi-document-resolved', 'asyncapi-document-unresolved'] as const;

type RuleFunction = (input: unknown, options: unknown, context: { documentInventory?: unknown }) => unknown;
interface RuleInternals {
  then: Array<{ function: RuleFunction }>;
}

/**
 * Spectral's schema function keeps its Ajv instances per parse (keyed by the parse's document inventory), so
 * every parse compiled the AsyncAPI JSON Schema again: about half of a large document's parse (bench/README.md).
 * The document-schema rules get one key for the parser's lifetime instead, so the schema is compiled once per
 * version and worker. Their messages and ranges are unchanged (the corpus conformance test holds them).
 * A parser built without the core rules (`ruleset: { core: false }`) has nothing to wrap and is returned as is.
 * @remarks Only the parser's own Spectral instance is reached: a parse with `__unstable.resolver` (a workspace
 * document) builds a Spectral of its own and compiles as before.
 */
export function reuseCompiledSchemas(parser: Parser): Parser {
  const internals = parser as unknown as { spectral?: { ruleset?: { rules?: Record<string, RuleInternals | undefined> } } };
  const rules = internals.spectral?.ruleset?.rules;
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
