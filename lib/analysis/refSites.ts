import { unescapeToken } from '@/lib/jsonPointer/jsonPointer';
import type { Diagnostic, RelatedLocation } from './diagnostic';
import type { JsonPath, Locate } from './sourceMap';

/** A `$ref` written in the document: the path of the object that holds it, and its value (a string once typed). */
export interface RefSite {
  path: JsonPath;
  ref: unknown;
}

// A document of a few thousand channels has tens of thousands of nodes; this bound only stops an alias-made
// graph (already bounded by the syntax check) from taking the walk far beyond the text.
const MAX_VISITS = 500_000;
const MAX_RELATED = 10;

/** Every `$ref` of a plain YAML/JSON value, in document order. */
export function collectRefSites(value: unknown): RefSite[] {
  const sites: RefSite[] = [];
  const stack: Array<{ node: unknown; path: Array<string | number> }> = [{ node: value, path: [] }];
  let visits = 0;
  while (stack.length > 0 && visits++ < MAX_VISITS) {
    const { node, path } = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    const children: Array<{ node: unknown; path: Array<string | number> }> = [];
    if (Array.isArray(node)) {
      node.forEach((child, index) => children.push({ node: child, path: [...path, index] }));
    } else {
      for (const [key, child] of Object.entries(node)) {
        if (key === '$ref') sites.push({ path, ref: child });
        else children.push({ node: child, path: [...path, key] });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return sites;
}

/** The path a local `$ref` (`#/a/b~1c`) points at, or undefined for a ref to another document. */
export function localRefPath(ref: string): string[] | undefined {
  if (!ref.startsWith('#')) return undefined;
  if (ref === '#' || ref === '#/') return [];
  if (!ref.startsWith('#/')) return undefined;
  return ref
    .slice(2)
    .split('/')
    .map((token) => {
      let decoded = token;
      try {
        decoded = decodeURIComponent(token);
      } catch {
        // A stray % is taken as written, as the parser's resolver does (refTokens would refuse the whole ref).
      }
      return unescapeToken(decoded);
    });
}

function startsWith(path: JsonPath, prefix: ReadonlyArray<string | number>): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => String(segment) === String(path[i]));
}

const MISSING_LOCAL_REF = /^'(#[^']*)' does not exist$/;

/**
 * Puts each problem where it is written and names the `$ref`s that bring it in:
 * - a `$ref` to a missing local component is reported by the parser at the first use it followed (often
 *   another `$ref` that leads there); it moves to the `$ref` that names the missing pointer;
 * - a problem inside a referenced definition (e.g. in `components`) keeps its place and lists each `$ref`
 *   that uses the definition as a related location.
 */
export function placeAtDefinitions(diagnostics: Diagnostic[], sites: ReadonlyArray<RefSite>, locate: Locate): Diagnostic[] {
  if (sites.length === 0) return diagnostics;
  const local = sites.flatMap((site, order) => {
    const target = typeof site.ref === 'string' ? localRefPath(site.ref) : undefined;
    return target && target.length > 0 ? [{ path: site.path, ref: site.ref as string, target, order }] : [];
  });
  // Uses by the path they point at, so each problem looks up its own path's prefixes instead of every $ref.
  const usesOf = new Map<string, typeof local>();
  for (const site of local) {
    const key = keyOf(site.target);
    usesOf.set(key, [...(usesOf.get(key) ?? []), site]);
  }
  // Locating walks the syntax tree from its root: once per $ref, however many problems name it.
  const ranges = new Map<RefSite, ReturnType<Locate>>();
  const rangeOf = (site: RefSite) => {
    if (!ranges.has(site)) ranges.set(site, locate([...site.path, '$ref']) ?? locate(site.path));
    return ranges.get(site);
  };
  return diagnostics.map((diagnostic) => {
    if (!diagnostic.path || diagnostic.file !== undefined) return diagnostic;
    let placed = diagnostic;
    const missing = diagnostic.code === 'invalid-ref' ? MISSING_LOCAL_REF.exec(diagnostic.message)?.[1] : undefined;
    if (missing !== undefined) {
      const naming = local.find((site) => site.ref === missing);
      const range = naming && rangeOf(naming);
      if (naming && range && !startsWith(diagnostic.path, naming.path)) {
        placed = { ...diagnostic, range, path: [...naming.path, '$ref'] };
      }
    }
    const at = placed.path!;
    const uses = [];
    for (let length = 1; length <= at.length; length++) uses.push(...(usesOf.get(keyOf(at.slice(0, length))) ?? []));
    const related: RelatedLocation[] = [];
    for (const site of uses.sort((a, b) => a.order - b.order)) {
      if (related.length >= MAX_RELATED) break;
      if (startsWith(at, site.path)) continue;
      const range = rangeOf(site);
      if (range) related.push({ range, message: `Used here: $ref '${site.ref}'` });
    }
    return related.length > 0 ? { ...placed, related: [...(placed.related ?? []), ...related] } : placed;
  });
}

function keyOf(path: ReadonlyArray<string | number>): string {
  return path.map(String).join('\u0000');
}
