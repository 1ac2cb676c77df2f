import { inlineCode } from '@/lib/docs/markdownText';
import { allowsExtensions, describePath, keySuggestions, valueSuggestions } from './schemaNavigator';
import type { SpecSchema } from './schemaNavigator';
import { localRefTargets } from './refCompletion';
import { snippetsFor } from './snippets';
import { yamlContextAt, yamlKeyAt } from './yamlContext';

/** A completion as plain data; the page turns it into Monaco's item. */
export interface Suggestion {
  label: string;
  insertText: string;
  kind: 'property' | 'value' | 'snippet' | 'extension';
  detail?: string;
  documentation?: string;
  /** insertText uses Monaco snippet syntax ($1, ${1:name}). */
  snippet?: boolean;
  /** How many characters before the cursor the insertion replaces (default: the word there). */
  replaceLength?: number;
}

function extensionsUsed(text: string): string[] {
  return [...new Set([...text.matchAll(/^\s*(x-[\w.-]+)\s*:/gm)].map((m) => m[1]!))];
}

/** Completions at a 1-based position of a YAML AsyncAPI document, from the spec's JSON Schema. */
export function completeYaml(schema: SpecSchema, text: string, line: number, column: number): Suggestion[] {
  const context = yamlContextAt(text, line, column);
  if (context.kind === 'value' && context.path[context.path.length - 1] === '$ref') {
    const before = (text.split('\n')[line - 1] ?? '').slice(0, column - 1);
    const typed = /['"]?[^\s'"]*$/.exec(before)?.[0] ?? '';
    const quote = typed.startsWith('"') ? '"' : "'";
    return localRefTargets(text)
      .filter((target) => target.startsWith(context.prefix))
      .map((target) => ({ label: target, insertText: `${quote}${target}${quote}`, kind: 'value' as const, detail: 'in this document', replaceLength: typed.length }));
  }
  if (context.kind === 'value') {
    return valueSuggestions(schema, context.path).map((value) => ({ label: value, insertText: value, kind: 'value' }));
  }
  if (context.kind !== 'key') return [];
  const keys: Suggestion[] = keySuggestions(schema, context.parentPath).map((k) => ({
    label: k.key,
    insertText: `${k.key}: `,
    kind: 'property',
    detail: k.required ? 'required' : undefined,
    documentation: k.description,
  }));
  // Only where the spec allows them: under `channels` or `servers` a key is a name, not an extension.
  const extensions: Suggestion[] = allowsExtensions(schema, context.parentPath)
    ? [
        ...extensionsUsed(text).map((x): Suggestion => ({ label: x, insertText: `${x}: `, kind: 'extension', detail: 'used in this document' })),
        { label: 'x-', insertText: 'x-${1:name}: ', kind: 'extension', snippet: true, detail: 'specification extension', documentation: 'Any property starting with x- is valid here.' },
      ]
    : [];
  return [...keys, ...extensions, ...snippetsFor(context.parentPath)];
}

/** What the spec says about the key under the cursor, as Markdown. */
export function hoverYaml(schema: SpecSchema, text: string, line: number, column: number): string | undefined {
  const path = yamlKeyAt(text, line, column);
  if (!path) return undefined;
  const description = describePath(schema, path);
  // The key is document text: code, never Markdown. The description is the spec's own.
  return description ? `**${inlineCode(String(path[path.length - 1]))}**\n\n${description}` : undefined;
}
