import type { JsonPath } from '@/lib/analysis/sourceMap';
import { formatPointer } from '@/lib/jsonPointer/jsonPointer';

/** A value as Spectral prints it in messages: primitives as JSON, containers by kind. */
export function printValue(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'Array[]';
  if (typeof value === 'object' && value !== null) return 'Object{}';
  return JSON.stringify(value) ?? String(value);
}

/** A path as an escaped JSON pointer, e.g. `#/channels/user~1signup`. */
export function printPointer(path: JsonPath): string {
  return `#${formatPointer(path)}`;
}

/** The subject of a function's message: `"description" property ` or, at the root, `The document `. */
export function propertyPhrase(path: JsonPath): string {
  const last = path[path.length - 1];
  return last === undefined || last === '' ? 'The document ' : `"${String(last)}" property `;
}

export interface MessageValues {
  error: string;
  path: string;
  property: string;
  value: unknown;
  description: string;
}

const PLACEHOLDER = /#?\{\{([^}\n]+)\}\}/g;
const PRINT_CALL = /^print\(\s*["'](\w+)["']\s*\)$/;

/**
 * Fills a rule's message template. Spectral's placeholders are supported; its `#{{…}}` expression
 * form is evaluated only for `print("property")` and `print("value")`, since evaluating anything else
 * would mean running code from the ruleset.
 */
export function fillMessage(template: string, values: MessageValues): string {
  return template
    .replace(PLACEHOLDER, (whole, inner: string) => {
      const name = inner.trim();
      if (whole.startsWith('#')) {
        const call = PRINT_CALL.exec(name);
        if (call?.[1] === 'property') return values.property === '' ? 'The document ' : `"${values.property}" property `;
        if (call?.[1] === 'value') return printValue(values.value);
        return '';
      }
      switch (name) {
        case 'error':
          return values.error;
        case 'path':
          return values.path;
        case 'property':
          return values.property;
        case 'value':
          // Spectral writes the raw value here (quotes only in its print("value") form).
          return typeof values.value === 'object' && values.value !== null ? printValue(values.value) : String(values.value);
        case 'description':
          return values.description;
        default:
          return '';
      }
    })
    .trim();
}
