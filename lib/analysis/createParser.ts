import { Parser } from '@asyncapi/parser';
import type { ValidateOptions } from '@asyncapi/parser';
import { loadSpecSchemasFor } from '@/lib/shims/asyncapiSpecs';
import { lazySchemaParsers } from './lazySchemaParsers';
import { createRefGuard, installRefGuard } from './refGuard';
import { reuseCompiledSchemas, reusedSchemaRules } from './schemaReuse';

/**
 * Which rules the parser runs. `parser`: all of its own but the 2.x rules that validate document values
 * against document schemas with JavaScript's backtracking RegExp (one `pattern: "^(a+)+$"` hangs them):
 * message examples (with and without a `schemaFormat`), schema defaults and schema examples; the studio's
 * example check (exampleDiagnostics*, in its own worker, linear-time patterns) reports those rows. `none`: no rule at all, only $refs,
 * traits and schema formats, for the example check's own parse (a document whatever its other problems).
 */
export type ParserRules = 'parser' | 'none';

type RulesetOptions = NonNullable<ConstructorParameters<typeof Parser>[0]>['ruleset'];

const RULESETS: Record<ParserRules, RulesetOptions> = {
  // `extends` is what the parser's own rulesets join (it replaces this empty list with them).
  parser: {
    extends: [],
    rules: {
      'asyncapi2-message-examples': 'off',
      'asyncapi2-message-examples-custom-format': 'off',
      'asyncapi2-schema-default': 'off',
      'asyncapi2-schema-examples': 'off',
    },
  },
  // The parser puts circular $refs back (its custom operations) only with the Spectral document inventory
  // that its core ruleset's `asyncapi-internal` rule hands over; without it every recursive schema kept a
  // `{ $ref }` the example check could not resolve. This one rule hands it over the same way.
  none: { core: false, recommended: false, rules: { 'studio-document-inventory': { given: '$', then: { function: keepDocumentInventory } } } },
};

/** A Spectral rule function that reports nothing and leaves the document inventory where the parser reads it. */
function keepDocumentInventory(_input: unknown, _options: unknown, context: { document: object; documentInventory: unknown }): void {
  (context.document as { __documentInventory?: unknown }).__documentInventory = context.documentInventory;
}

/**
 * The one AsyncAPI parser configuration of the studio: every schema format it understands.
 * With `isOriginAllowed` (the analysis worker), external $refs reach only the origins it accepts and files
 * never; without it (Node tests of multi-file corpus documents), the parser's own readers resolve them.
 */
export function createParser(options: { isOriginAllowed?: (origin: string) => boolean; rules?: ParserRules } = {}): Parser {
  const schemaParsers = lazySchemaParsers();
  const ruleset = RULESETS[options.rules ?? 'parser'];
  // The document schema compiles once per worker, not on every parse (lib/analysis/schemaReuse.ts).
  const parser = reuseCompiledSchemas(new Parser({ schemaParsers, ruleset }));
  // A parse given its own $ref resolvers (the workspace's) runs a fresh Spectral built from its validate options,
  // with the parser's default rules whatever the constructor was told: tell it the same rules there, with the
  // document-schema rules that share this parser's compiled schema.
  const resolverRuleset = { ...ruleset, rules: { ...(ruleset && 'rules' in ruleset ? ruleset.rules : {}), ...reusedSchemaRules(parser) } };
  const parse = parser.parse.bind(parser);
  parser.parse = async (input, parseOptions) => {
    const workspace = Boolean(parseOptions?.__unstable?.resolver);
    // The AsyncAPI schemas the parse may read, loaded on first need (lib/shims/asyncapiSpecs.ts).
    await loadSpecSchemasFor(typeof input === 'string' ? input : '', workspace || typeof input !== 'string');
    return parse(input, workspace ? { ...parseOptions, validateOptions: { ...parseOptions!.validateOptions, ruleset: resolverRuleset } as ValidateOptions } : parseOptions);
  };
  if (!options.isOriginAllowed) return parser;
  return installRefGuard(parser, createRefGuard(options.isOriginAllowed));
}
