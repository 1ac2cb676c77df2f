import { toAsyncAPIDocument } from '@asyncapi/parser';
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';

/** How `stringify` writes a reference to an object met before: its path from the root, `$ref:$.a.b[0]`. */
const ROOT = '$ref:$';
const STRINGIFIED = 'x-parser-spec-stringified';
const REF_STRING = /"\$ref:\$(?:[^"\\]|\\.)*"/g;

type Node = Record<string, unknown> | unknown[];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** A child's path as the parser's `unstringify` spells it: `[i]` in arrays, `.key` in objects (an empty key adds nothing). */
const childPath = (parent: Node, path: string, key: string) => (Array.isArray(parent) ? `${path}[${key}]` : key ? `${path}.${key}` : path);

/**
 * The objects the document's reference strings point at, found by walking only the paths that lead to them.
 * @asyncapi/parser's `unstringify` builds the path of every node of the document instead (80 ms of one
 * task on a 300-channel document, after every edit); the result is the same.
 */
function findTargets(root: Node, refs: ReadonlySet<string>): Map<string, unknown> {
  // Every path on the way to a target ends where the target's next step starts ('.' or '[').
  const onTheWay = new Set<string>();
  for (const ref of refs) {
    for (let i = ROOT.length; i < ref.length; i++) if (ref[i] === '.' || ref[i] === '[') onTheWay.add(ref.slice(0, i));
    onTheWay.add(ref);
  }
  const found = new Map<string, unknown>([[ROOT, root]]);
  const walk = (node: Node, path: string) => {
    for (const key in node) {
      const child = (node as Record<string, unknown>)[key];
      if (!isNode(child)) continue;
      const here = childPath(node, path, key);
      if (!onTheWay.has(here)) continue;
      if (refs.has(here) && !found.has(here)) found.set(here, child);
      walk(child, here);
    }
  };
  walk(root, ROOT);
  return found;
}

/** Puts each referenced object back where `stringify` wrote its path (shared and circular references). */
function restoreReferences(root: Node, targets: ReadonlyMap<string, unknown>): void {
  const visit = (node: Node) => {
    for (const key in node) {
      const value = (node as Record<string, unknown>)[key];
      if (typeof value === 'string') {
        const target = value.startsWith(ROOT) ? targets.get(value) : undefined;
        if (target !== undefined) (node as Record<string, unknown>)[key] = target;
      } else if (isNode(value)) {
        visit(value);
      }
    }
  };
  visit(root);
}

/**
 * Rebuilds the model from the analysis worker's `stringify(document)` output (no parse, no validation),
 * as the parser's `unstringify` does, with its shared and circular references restored.
 */
export function documentFromJson(documentJson: string): AsyncAPIDocumentInterface {
  const data: unknown = JSON.parse(documentJson);
  if (!isNode(data) || Array.isArray(data) || data[STRINGIFIED] !== true) throw new Error('The parsed document could not be rebuilt.');
  const refs = new Set<string>();
  for (const match of documentJson.matchAll(REF_STRING)) refs.add(JSON.parse(match[0]) as string);
  if (refs.size > 0) restoreReferences(data, findTargets(data, refs));
  const parsed = { ...data };
  delete parsed[STRINGIFIED];
  const document = toAsyncAPIDocument(parsed);
  if (!document) throw new Error('The parsed document could not be rebuilt.');
  return document;
}

/**
 * A document of this spec version and nothing else: what the documentation's list items read through the
 * component's context (an operation's type badge depends on the version alone).
 */
export function versionOnlyDocument(version: string): AsyncAPIDocumentInterface {
  const document = toAsyncAPIDocument({ asyncapi: version, info: { title: '', version: '' }, 'x-parser-spec-parsed': true });
  if (!document) throw new Error(`No document model for version ${version}.`);
  return document;
}
