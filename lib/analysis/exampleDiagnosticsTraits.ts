import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import type { Diagnostic } from './diagnostic';
import { lineRange } from './diagnostic';
import { CUSTOM_FORMAT_EXAMPLES_RULE, MESSAGE_EXAMPLES_RULE } from './exampleDiagnostics';
import type { Locate } from './sourceMap';
import { acyclicSchema } from '@/lib/messageLab/acyclicSchema';
import { createValidator } from '@/lib/messageLab/createValidator';
import { hasSchemaRefs, schemaKind } from '@/lib/messageLab/schemaKind';
import { formatPath } from '@/lib/messageLab/violation';

type Path = Array<string | number>;
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const entries = (v: unknown): Array<[string, unknown]> => (isObject(v) ? Object.entries(v) : []);
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every 2.x message trait as written (the rules' `given` paths): in operations' messages, their oneOf, components. */
function traits(root: Json): Array<{ at: Path; trait: Json }> {
  const found: Array<{ at: Path; trait: Json }> = [];
  const ofMessage = (at: Path, message: unknown) => {
    if (!isObject(message)) return;
    items(message.traits).forEach((trait, i) => isObject(trait) && found.push({ at: [...at, 'traits', i], trait }));
  };
  const channels = (at: Path, value: unknown) => {
    for (const [name, channel] of entries(value)) {
      if (!isObject(channel)) continue;
      for (const op of ['publish', 'subscribe']) {
        const message = isObject(channel[op]) ? (channel[op] as Json).message : undefined;
        ofMessage([...at, name, op, 'message'], message);
        if (isObject(message)) items(message.oneOf).forEach((m, i) => ofMessage([...at, name, op, 'message', 'oneOf', i], m));
      }
    }
  };
  channels(['channels'], root.channels);
  const components = isObject(root.components) ? root.components : {};
  channels(['components', 'channels'], components.channels);
  for (const [name, message] of entries(components.messages)) ofMessage(['components', 'messages', name], message);
  for (const [name, trait] of entries(components.messageTraits)) if (isObject(trait)) found.push({ at: ['components', 'messageTraits', name], trait });
  return found;
}

// As the rule reads a missing schema: headers must be an object, a payload may be anything.
const MISSING = { headers: { type: 'object' }, payload: {} } as const;

/**
 * The examples written in 2.x message traits, against the trait's own payload and headers schemas: what the
 * parser's `asyncapi2-message-examples` rule checks in a trait without a `schemaFormat`, and its
 * `…-custom-format` rule in one with (payloads only, in the schema language the trait names; a language the
 * studio does not know is left to the parser's schema rule). `document` is the parse without traits applied.
 */
export function traitExampleDiagnostics(document: AsyncAPIDocumentInterface, locate: Locate, near?: Locate): Diagnostic[] {
  if (!document.version().startsWith('2.')) return [];
  const paths = new Map<Json, Path[]>();
  for (const { at, trait } of traits(document.json() as unknown as Json)) paths.set(trait, [...(paths.get(trait) ?? []), at]);
  const diagnostics: Diagnostic[] = [];
  for (const [trait, ats] of paths) {
    if (!Array.isArray(trait.examples)) continue;
    const at = ats.find((p) => locate([...p, 'examples'])) ?? ats[0]!;
    const format = typeof trait.schemaFormat === 'string' ? trait.schemaFormat : undefined;
    const custom = trait.schemaFormat !== undefined;
    const kind = schemaKind(format);
    if (custom && (trait.payload === undefined || kind === 'unknown')) continue;
    const code = custom ? CUSTOM_FORMAT_EXAMPLES_RULE : MESSAGE_EXAMPLES_RULE;
    const label = formatPath(at);
    trait.examples.forEach((example: unknown, index: number) => {
      if (!isObject(example)) return;
      for (const part of custom ? (['payload'] as const) : (['payload', 'headers'] as const)) {
        const value = example[part];
        if (value === undefined) continue;
        const schema = acyclicSchema(trait[part] ?? MISSING[part], { shareRepeats: part === 'headers' || hasSchemaRefs(kind) });
        const spot = [...at, 'examples', index, part];
        for (const violation of createValidator({ kind: part === 'headers' ? 'json-schema' : kind, native: schema, jsonSchema: schema })(value)) {
          diagnostics.push({
            severity: violation.unchecked ? 'warning' : 'error',
            code,
            message: `Example #${index + 1} of message trait ${label} does not match its ${part} schema at ${formatPath(violation.path)}: ${violation.message}`,
            range: locate([...spot, ...violation.path]) ?? locate(spot) ?? near?.(spot) ?? lineRange(1),
            path: [...spot, ...violation.path],
          });
        }
      }
    });
  }
  return diagnostics;
}
