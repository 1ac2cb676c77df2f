import { declaredVersion, loadPublishedSchema, SPEC_VERSIONS, versionNearTop } from '@/lib/editorIntel/specSchemas';

/**
 * @asyncapi/specs as the browser bundles see it (next.config.ts aliases the package here). The package loads
 * every version's schema twice (with and without `$id`: 2.9 MB of JSON) wherever the parser is imported, the
 * page's documentation preview included, which needs none of them. The parser reads only `schemas` — its keys
 * when its modules load, one version's schema when it validates — so the keys are here from the start and a
 * schema is filled in (from the same per-version chunks as completion and hover) before a parse needs it.
 */
export const schemas: Record<string, object | undefined> = Object.fromEntries(SPEC_VERSIONS.map((version) => [version, undefined]));

/** The package's other export; the studio's code and the parser never read it. */
export const schemasWithoutId: Record<string, object | undefined> = {};

const loading = new Map<string, Promise<void>>();

function load(version: string): Promise<void> {
  let pending = loading.get(version);
  if (!pending) {
    pending = (loadPublishedSchema(version) ?? Promise.resolve(undefined)).then((schema) => {
      schemas[version] = schema as object | undefined;
    });
    loading.set(version, pending);
  }
  return pending;
}

// A payload may name another version of the AsyncAPI schema format than the document's.
const OTHER_FORMAT = /vnd\.aai\.asyncapi/;

/**
 * The versions a parse of `text` may read: the declared one, or every one when the text names the AsyncAPI
 * schema format explicitly, does not declare its version near its top, or pulls in other files (`workspace`).
 */
export function versionsFor(text: string, workspace = false): readonly string[] {
  if (workspace || !versionNearTop(text) || OTHER_FORMAT.test(text)) return SPEC_VERSIONS;
  return [declaredVersion(text)];
}

/** Loads the schemas a parse of `text` may read (each version once per worker). */
export async function loadSpecSchemasFor(text: string, workspace = false): Promise<void> {
  await Promise.all(versionsFor(text, workspace).map(load));
}

/** Loads every version's schema: for the converter, which reads the target version's binding schemas. */
export async function loadAllSpecSchemas(): Promise<void> {
  await Promise.all(SPEC_VERSIONS.map(load));
}

const specs = { schemas, schemasWithoutId };
export default specs;
