/** The version's JSON Schema as published in @asyncapi/specs, or undefined for a version it has none for. */
export type SchemaLoader = (specVersion: string) => Promise<Record<string, unknown> | undefined>;

// One chunk per version, loaded when a document of that version is first checked (each is 100–400 KB).
const loaders: Record<string, () => Promise<{ default: unknown }>> = {
  '2.0.0': () => import('@asyncapi/specs/schemas/2.0.0.json'),
  '2.1.0': () => import('@asyncapi/specs/schemas/2.1.0.json'),
  '2.2.0': () => import('@asyncapi/specs/schemas/2.2.0.json'),
  '2.3.0': () => import('@asyncapi/specs/schemas/2.3.0.json'),
  '2.4.0': () => import('@asyncapi/specs/schemas/2.4.0.json'),
  '2.5.0': () => import('@asyncapi/specs/schemas/2.5.0.json'),
  '2.6.0': () => import('@asyncapi/specs/schemas/2.6.0.json'),
  '3.0.0': () => import('@asyncapi/specs/schemas/3.0.0.json'),
  '3.1.0': () => import('@asyncapi/specs/schemas/3.1.0.json'),
};

/** The AsyncAPI versions the parser validates with a schema from @asyncapi/specs. */
export const schemaVersions: readonly string[] = Object.keys(loaders);

export const loadSpecSchema: SchemaLoader = async (specVersion) => {
  const load = loaders[specVersion];
  return load ? ((await load()).default as Record<string, unknown>) : undefined;
};
