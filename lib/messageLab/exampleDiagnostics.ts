import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { lineRange } from '@/lib/analysis/diagnostic';
import type { Locate } from '@/lib/analysis/sourceMap';
import { createValidator } from './createValidator';
import { labMessages } from './labMessages';
import { formatPath } from './violation';

function pointerToPath(pointer: string): Array<string | number> {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Checks each message example of a 3.x document against its payload and headers schemas. The parser
 * does this for 2.x documents only; these come as warnings, so the parser stays the judge of validity.
 */
export function exampleDiagnostics(document: AsyncAPIDocumentInterface, locate: Locate): Diagnostic[] {
  if (!document.version().startsWith('3.')) return [];
  const diagnostics: Diagnostic[] = [];
  for (const message of labMessages(document, { withExamplesOnly: true })) {
    // The example's text sits under the pointer where the message is written, not where it is $ref'd.
    const base = message.pointers.map(pointerToPath).find((p) => locate([...p, 'examples']) !== undefined) ?? pointerToPath(message.id);
    message.examples.forEach((example, index) => {
      const name = example.name ? `“${example.name}”` : `#${index + 1}`;
      for (const part of ['payload', 'headers'] as const) {
        const schema = message[part];
        const value = example[part];
        if (!schema || value === undefined) continue;
        // Each branch of a failed oneOf/anyOf can report the same violation: one row each.
        const seen = new Set<string>();
        for (const violation of createValidator(schema)(value)) {
          const key = `${JSON.stringify(violation.path)} ${violation.message}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const at = [...base, 'examples', index, part];
          const range = locate([...at, ...violation.path]) ?? locate(at) ?? locate([...base, 'examples', index]) ?? lineRange(1);
          diagnostics.push({
            severity: 'warning',
            code: 'message-example',
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
