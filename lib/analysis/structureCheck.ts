import Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import betterAjvErrors from '@stoplight/better-ajv-errors';
import { escapeToken, pointerTokens, valueAtRef } from '@/lib/jsonPointer/jsonPointer';
import { schemaVersions } from './structureSchemas';
import type { SchemaLoader } from './structureSchemas';

/** A problem the fast structural pass found: where (a JSON path in the loaded value) and what. */
export interface StructureProblem {
  path: Array<string | number>;
  message: string;
}

type Json = unknown;
type SchemaNode = Record<string, Json>;

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isReferenceBranch = (branch: Json) => isObject(branch) && typeof branch.$ref === 'string' && /\/Reference(Object)?\.json$/.test(branch.$ref);

/**
 * The version's schema, rewritten for a value whose `$ref`s are not resolved yet: wherever a Reference is one
 * of the alternatives, an object with `$ref` is left to the parser (which resolves it) and anything else is
 * checked against the other alternative directly, so its errors are precise instead of a vague `oneOf`.
 * The JSON Schema meta-schemas it embeds are dropped: Ajv has draft-07 built in.
 */
export function prepareSchema(schema: SchemaNode): SchemaNode {
  const copy = structuredClone(schema);
  const definitions = copy.definitions as SchemaNode | undefined;
  if (definitions) {
    delete definitions['http://json-schema.org/draft-07/schema'];
    delete definitions['http://json-schema.org/draft-04/schema'];
  }
  const visit = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(visit);
    if (!isObject(node)) return node;
    for (const key of Object.keys(node)) node[key] = visit(node[key]);
    for (const combinator of ['oneOf', 'anyOf'] as const) {
      const branches = node[combinator];
      if (!Array.isArray(branches) || !branches.some(isReferenceBranch)) continue;
      const others = branches.filter((b) => !isReferenceBranch(b));
      delete node[combinator];
      const otherwise = others.length === 1 ? others[0] : { [combinator]: others };
      // `if` composes with a sibling `if` badly; nest it instead (rare in the specs, but keep it correct).
      const guard = { if: { type: 'object', required: ['$ref'] }, then: true, else: otherwise };
      if (node.if !== undefined) node.allOf = [...(Array.isArray(node.allOf) ? node.allOf : []), guard];
      else Object.assign(node, guard);
    }
    return node;
  };
  return visit(copy) as SchemaNode;
}

function valueAt(root: Json, pointer: string): Json[] {
  const chain: Json[] = [root];
  let current = root;
  for (const key of pointerTokens(pointer)) {
    current = isObject(current) || Array.isArray(current) ? (current as Record<string, Json>)[key] : undefined;
    chain.push(current);
  }
  return chain;
}

/**
 * Keeps only the errors the parser is sure to confirm. The parser validates the document with its `$ref`s
 * resolved; this pass sees them unresolved, so anything at or under a `$ref` is the parser's to judge, and so is
 * every value where a combinator (`oneOf`, `anyOf`) matched no alternative: which alternative was meant is a guess.
 * Format checks are left out (the parser's formats differ), and values YAML reads as dates (the parser reads text).
 */
export function confirmedErrors(errors: ErrorObject[], value: Json): ErrorObject[] {
  const unmatched = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf').map((e) => e.instancePath);
  const underUnmatched = (path: string) => unmatched.some((p) => path === p || path.startsWith(`${p}/`));
  return errors.filter((error) => {
    if (['oneOf', 'anyOf', 'if', 'not', 'format'].includes(error.keyword)) return false;
    if (underUnmatched(error.instancePath)) return false;
    const chain = valueAt(value, error.instancePath);
    if (chain.some((v) => v instanceof Date || (isObject(v) && '$ref' in v))) return false;
    return true;
  });
}

/**
 * Whether every `$ref` of the value points into the value itself, at something there. The parser judges a
 * document whose refs it cannot resolve (another file, another host, a typo) only in part: the schema errors it
 * then reports are not the whole list, so this pass keeps quiet on such a document.
 */
export function refsResolveLocally(root: Json): boolean {
  const stack: Json[] = [root];
  const seen = new Set<object>();
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) stack.push(child);
      continue;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== '$ref') stack.push(child);
      else if (typeof child !== 'string' || valueAtRef(root, child) === undefined) return false;
    }
  }
  return true;
}

/** The parser words an extra property's error at the property itself; so does this pass. */
function atExtraProperty(error: ErrorObject): ErrorObject {
  if (error.keyword !== 'additionalProperties') return error;
  const extra = String((error.params as { additionalProperty?: unknown }).additionalProperty);
  return { ...error, instancePath: `${error.instancePath}/${escapeToken(extra)}` };
}

/**
 * The fast structural pass: the loaded value against the version's JSON Schema (@asyncapi/specs), compiled once
 * per version with Ajv. It finds a subset of the parser's schema errors, with the parser's wording, in the time a
 * syntax check takes; the parser's full verdict replaces it when it lands.
 * @remarks Ajv compiles to code (`new Function`): run it only in a worker, whose CSP allows that.
 */
export class StructureChecker {
  private readonly validators = new Map<string, { validate: ValidateFunction; schema: SchemaNode }>();
  private readonly pending = new Map<string, Promise<void>>();

  constructor(private readonly load: SchemaLoader) {}

  /** Whether the version has a schema this pass knows. */
  static covers(specVersion: string | undefined): specVersion is string {
    return specVersion !== undefined && schemaVersions.includes(specVersion);
  }

  /** Loads and compiles the version's schema, once. */
  prepare(specVersion: string): Promise<void> {
    const known = this.pending.get(specVersion);
    if (known) return known;
    const job = this.load(specVersion).then((raw) => {
      if (!raw) return;
      const schema = prepareSchema(raw);
      const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, validateFormats: false, validateSchema: false, unicodeRegExp: false });
      this.validators.set(specVersion, { validate: ajv.compile(schema), schema });
    });
    this.pending.set(specVersion, job);
    return job;
  }

  /** The problems in `value`, or undefined when the version's validator is not compiled yet (see `prepare`). */
  check(value: Json, specVersion: string): StructureProblem[] | undefined {
    const validator = this.validators.get(specVersion);
    if (!validator) return undefined;
    if (validator.validate(value) || !refsResolveLocally(value)) return [];
    const errors = confirmedErrors(validator.validate.errors ?? [], value).map(atExtraProperty);
    // One problem per value, as the parser reports it.
    const first = errors.filter((e, i) => errors.findIndex((o) => o.instancePath === e.instancePath) === i);
    return betterAjvErrors(validator.schema, first, { propertyPath: [], targetValue: value }).map(({ error, suggestion, path }) => ({
      path: pointerTokens(path),
      message: suggestion !== undefined ? `${error}. ${suggestion}` : error,
    }));
  }
}
