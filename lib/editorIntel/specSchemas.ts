import type { SpecSchema } from './schemaNavigator';

// One chunk per version, loaded the first time a document of that version asks for help.
const loaders: Record<string, () => Promise<{ default: unknown }>> = {
  '2.0.0': () => import('@asyncapi/specs/schemas/2.0.0.json', { with: { type: 'json' } }),
  '2.1.0': () => import('@asyncapi/specs/schemas/2.1.0.json', { with: { type: 'json' } }),
  '2.2.0': () => import('@asyncapi/specs/schemas/2.2.0.json', { with: { type: 'json' } }),
  '2.3.0': () => import('@asyncapi/specs/schemas/2.3.0.json', { with: { type: 'json' } }),
  '2.4.0': () => import('@asyncapi/specs/schemas/2.4.0.json', { with: { type: 'json' } }),
  '2.5.0': () => import('@asyncapi/specs/schemas/2.5.0.json', { with: { type: 'json' } }),
  '2.6.0': () => import('@asyncapi/specs/schemas/2.6.0.json', { with: { type: 'json' } }),
  '3.0.0': () => import('@asyncapi/specs/schemas/3.0.0.json', { with: { type: 'json' } }),
  '3.1.0': () => import('@asyncapi/specs/schemas/3.1.0.json', { with: { type: 'json' } }),
};

export const SPEC_VERSIONS = Object.keys(loaders);
export const DEFAULT_SPEC_VERSION = '3.1.0';

/** The `asyncapi:` version a document declares near its top, as written, or undefined when none is there. */
export function versionNearTop(text: string): string | undefined {
  return /^\s*"?asyncapi"?\s*:\s*["']?(\d+\.\d+\.\d+)/m.exec(text.slice(0, 4096))?.[1];
}

/** The `asyncapi:` version a document declares near its top, or the default for a new document. */
export function declaredVersion(text: string): string {
  const version = versionNearTop(text);
  return version && loaders[version] ? version : DEFAULT_SPEC_VERSION;
}

const cache = new Map<string, Promise<SpecSchema>>();

export function loadSpecSchema(version: string): Promise<SpecSchema> {
  const key = loaders[version] ? version : DEFAULT_SPEC_VERSION;
  let pending = cache.get(key);
  if (!pending) {
    pending = loaders[key]!().then((m) => m.default as SpecSchema);
    cache.set(key, pending);
  }
  return pending;
}

/** The published schema of exactly this version (no fallback), or undefined when @asyncapi/specs has none. */
export function loadPublishedSchema(version: string): Promise<SpecSchema> | undefined {
  return loaders[version] ? loadSpecSchema(version) : undefined;
}
