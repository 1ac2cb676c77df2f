import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import type { Diagnostic } from './diagnostic';
import { lineRange } from './diagnostic';
import type { Locate } from './sourceMap';
import { createValidator } from '@/lib/messageLab/createValidator';
import type { LabSchema } from '@/lib/messageLab/createValidator';
import { labMessages } from '@/lib/messageLab/labMessages';
import { formatPath } from '@/lib/messageLab/violation';

/**
 * The parser's 2.x rule this check stands in for: it validates examples with JavaScript's backtracking
 * RegExp, so one `pattern` could hang the analysis; the parser runs with it off (createParser).
 */
export const MESSAGE_EXAMPLES_RULE = 'asyncapi2-message-examples';
/** The parser's 2.x rule for the examples of a message that names its `schemaFormat`: payloads only. */
export const CUSTOM_FORMAT_EXAMPLES_RULE = 'asyncapi2-message-examples-custom-format';
/** The studio's own check of 3.x examples, which the parser does not make. */
export const MESSAGE_EXAMPLE_CODE = 'message-example';

// What the 2.x rule validates a missing schema as: headers must still be an object, a payload may be anything.
const ANY_OBJECT: LabSchema = { kind: 'json-schema', native: { type: 'object' }, jsonSchema: { type: 'object' } };

function pointerToPath(pointer: string): Array<string | number> {
  return pointerTokens(pointer).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/** Pointers of the messages that name their `schemaFormat` (the parser keeps it as written in 2.x). */
function pointersWithSchemaFormat(document: AsyncAPIDocumentInterface): Set<string> {
  const pointers = new Set<string>();
  for (const message of [...document.messages().all(), ...document.components().messages().all()]) {
    if ((message.json() as { schemaFormat?: unknown }).schemaFormat !== undefined) pointers.add(message.meta().pointer);
  }
  return pointers;
}

/**
 * Checks each message example against its payload and headers schemas, with the linear-time pattern engine.
 * 3.x: every message, as warnings (the parser makes no such check, so the parser stays the judge of validity).
 * 2.x: what the parser's `asyncapi2-message-examples` rule checks, at its severity (error): messages without
 * a `schemaFormat`, a missing headers schema read as "an object"; and what its `…-custom-format` rule checks:
 * for a message that names its `schemaFormat`, the example payloads against the payload schema (headers not).
 * `near` places a row whose example `locate` cannot find (written in another file): the closest spot it knows.
 */
export function exampleDiagnostics(document: AsyncAPIDocumentInterface, locate: Locate, near?: Locate): Diagnostic[] {
  const version = document.version();
  const v2 = version.startsWith('2.');
  if (!v2 && !version.startsWith('3.')) return [];
  const diagnostics: Diagnostic[] = [];
  const explicitFormat = v2 ? pointersWithSchemaFormat(document) : new Set<string>();
  for (const message of labMessages(document, { withExamplesOnly: true })) {
    const customFormat = v2 && message.pointers.some((p) => explicitFormat.has(p));
    const code = customFormat ? CUSTOM_FORMAT_EXAMPLES_RULE : v2 ? MESSAGE_EXAMPLES_RULE : MESSAGE_EXAMPLE_CODE;
    // The example's text sits under the pointer where the message is written, not where it is $ref'd.
    const base = message.pointers.map(pointerToPath).find((p) => locate([...p, 'examples']) !== undefined) ?? pointerToPath(message.id);
    message.examples.forEach((example, index) => {
      const name = example.name ? `“${example.name}”` : `#${index + 1}`;
      for (const part of customFormat ? (['payload'] as const) : (['payload', 'headers'] as const)) {
        const schema = message[part] ?? (v2 && !customFormat && part === 'headers' ? ANY_OBJECT : undefined);
        const value = example[part];
        if (!schema || value === undefined) continue;
        // Each branch of a failed oneOf/anyOf can report the same violation: one row each.
        const seen = new Set<string>();
        for (const violation of createValidator(schema)(value)) {
          const key = `${JSON.stringify(violation.path)} ${violation.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const at = [...base, 'examples', index, part];
          const range = locate([...at, ...violation.path]) ?? locate(at) ?? locate([...base, 'examples', index]) ?? near?.(at) ?? lineRange(1);
          diagnostics.push({
            // A schema the check cannot use says nothing about the example: never an error of the document.
            severity: v2 && !violation.unchecked ? 'error' : 'warning',
            code,
            message: `Example ${name} of message ${message.label} does not match its ${part} schema at ${formatPath(violation.path)}: ${violation.message}`,
            range,
            path: [...at, ...violation.path],
          });
        }
      }
    });
  }
  return diagnostics;
}
