import { loadPublishedSchema, SPEC_VERSIONS } from '@/lib/editorIntel/specSchemas';

/** The version's JSON Schema as published in @asyncapi/specs, or undefined for a version it has none for. */
export type SchemaLoader = (specVersion: string) => Promise<Record<string, unknown> | undefined>;

// The same chunks as completion and hover (lib/editorIntel/specSchemas), one per version, loaded on first use.

/** The AsyncAPI versions the parser validates with a schema from @asyncapi/specs. */
export const schemaVersions: readonly string[] = SPEC_VERSIONS;

export const loadSpecSchema: SchemaLoader = async (specVersion) => (await loadPublishedSchema(specVersion)) as Record<string, unknown> | undefined;
