import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import type { Diagnostic } from './diagnostic';
import { lineRange } from './diagnostic';
import type { Locate } from './sourceMap';
import { acyclicSchema } from '@/lib/messageLab/acyclicSchema';
import { createValidator } from '@/lib/messageLab/createValidator';
import { formatPath } from '@/lib/messageLab/violation';

/**
 * The parser's 2.x rules this check stands in for: they validate a schema's `default` and `examples` against
 * the schema with JavaScript's backtracking RegExp (one `pattern` could hang the analysis); the parser runs
 * with them off (createParser).
 */
export const SCHEMA_DEFAULT_RULE = 'asyncapi2-schema-default';
export const SCHEMA_EXAMPLES_RULE = 'asyncapi2-schema-examples';

type Path = Array<string | number>;
type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const entries = (v: unknown): Array<[string, unknown]> => (isObject(v) ? Object.entries(v) : []);

/**
 * The schemas those rules look at (their `given` paths, as the parser's ruleset names them): the payload of
 * a message written in an operation, in components.messages or components.messageTraits, when the message
 * names no `schemaFormat`; channel and component parameters' schemas; each schema of components.schemas.
 * Nested schemas are not looked at, as the rules do not.
 */
function checkedSchemas(root: Json): Array<{ at: Path; schema: Json }> {
  const found: Array<{ at: Path; schema: Json }> = [];
  const add = (at: Path, schema: unknown) => {
    if (isObject(schema)) found.push({ at, schema });
  };
  const defaultFormatPayload = (at: Path, message: unknown) => {
    if (isObject(message) && message.schemaFormat === undefined) add([...at, 'payload'], message.payload);
  };
  const channels = (at: Path, value: unknown) => {
    for (const [name, channel] of entries(value)) {
      if (!isObject(channel)) continue;
      for (const op of ['publish', 'subscribe']) {
        const operation = channel[op];
        if (isObject(operation)) defaultFormatPayload([...at, name, op, 'message'], operation.message);
      }
      for (const [param, parameter] of entries(channel.parameters)) {
        if (isObject(parameter)) add([...at, name, 'parameters', param, 'schema'], parameter.schema);
      }
    }
  };
  channels(['channels'], root.channels);
  const components = isObject(root.components) ? root.components : {};
  channels(['components', 'channels'], components.channels);
  for (const [name, schema] of entries(components.schemas)) add(['components', 'schemas', name], schema);
  for (const [name, parameter] of entries(components.parameters)) {
    if (isObject(parameter)) add(['components', 'parameters', name, 'schema'], parameter.schema);
  }
  for (const [name, message] of entries(components.messages)) defaultFormatPayload(['components', 'messages', name], message);
  for (const [name, trait] of entries(components.messageTraits)) defaultFormatPayload(['components', 'messageTraits', name], trait);
  return found;
}

/**
 * Checks each 2.x schema's `default` and `examples` against the schema itself, with the linear-time pattern
 * engine: what the parser's `asyncapi2-schema-default` and `asyncapi2-schema-examples` rules check, at their
 * severity (error). As those rules do, a value that is a string is never reported. `document` is the parse
 * without traits (as the rules see it); `near` places a row whose value is written in another file.
 */
export function schemaValueDiagnostics(document: AsyncAPIDocumentInterface, locate: Locate, near?: Locate): Diagnostic[] {
  if (!document.version().startsWith('2.')) return [];
  const diagnostics: Diagnostic[] = [];
  // A schema reached by several paths ($ref) is one object: checked once, at the path where it is written.
  const paths = new Map<Json, Path[]>();
  for (const { at, schema } of checkedSchemas(document.json() as unknown as Json)) paths.set(schema, [...(paths.get(schema) ?? []), at]);
  for (const [schema, ats] of paths) {
    // The text holds the value under the path where the schema is written (another path only reaches its $ref).
    const at = ats.find((p) => locate([...p, 'default']) ?? locate([...p, 'examples'])) ?? ats[0]!;
    const values: Array<{ code: string; path: Path; value: unknown; what: string }> = [];
    if ('default' in schema) values.push({ code: SCHEMA_DEFAULT_RULE, path: ['default'], value: schema.default, what: 'Default' });
    if ('examples' in schema && !Array.isArray(schema.examples)) {
      // The rule refuses such a schema as its input: one row at the schema, as the parser gives it.
      diagnostics.push({
        severity: 'error',
        code: SCHEMA_EXAMPLES_RULE,
        message: `The schema at ${formatPath(at)} must have an "examples" array.`,
        range: locate(at) ?? near?.(at) ?? lineRange(1),
        path: [...at, 'examples'],
      });
    } else if (Array.isArray(schema.examples)) {
      schema.examples.forEach((value, index) => values.push({ code: SCHEMA_EXAMPLES_RULE, path: ['examples', index], value, what: `Example #${index + 1}` }));
    }
    const checkable = values.filter((v) => typeof v.value !== 'string');
    if (checkable.length === 0) continue;
    const native = acyclicSchema(schema);
    const validate = createValidator({ kind: 'json-schema', native, jsonSchema: native });
    for (const { code, path, value, what } of checkable) {
      for (const violation of validate(value)) {
        const spot = [...at, ...path];
        diagnostics.push({
          // A schema the check cannot use says nothing about the value: never an error of the document.
          severity: violation.unchecked ? 'warning' : 'error',
          code,
          message: `${what} of the schema at ${formatPath(at)} does not match it at ${formatPath(violation.path)}: ${violation.message}`,
          range: locate([...spot, ...violation.path]) ?? locate(spot) ?? near?.(spot) ?? lineRange(1),
          path: [...spot, ...violation.path],
        });
      }
    }
  }
  return diagnostics;
}
