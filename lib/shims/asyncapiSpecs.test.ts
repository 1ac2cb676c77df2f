import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { loadSpecSchemasFor, schemas, versionsFor } from './asyncapiSpecs';

const require = createRequire(import.meta.url);
const published = require('@asyncapi/specs') as { schemas: Record<string, object> };

describe('the @asyncapi/specs stand-in', () => {
  it('has the package’s versions, in its order, from the start (the parser reads the keys when it loads)', () => {
    expect(Object.keys(schemas)).toEqual(Object.keys(published.schemas));
  });

  it('loads the declared version for a plain document, and every version when a parse may read others', () => {
    expect(versionsFor('asyncapi: 3.0.0\ninfo: {}')).toEqual(['3.0.0']);
    expect(versionsFor('{\n  "asyncapi": "2.6.0",\n  "info": {}\n}')).toEqual(['2.6.0']);
    const all = Object.keys(published.schemas);
    expect(versionsFor('info: {}\n')).toEqual(all);
    expect(versionsFor('asyncapi: 3.0.0\n', true)).toEqual(all);
    expect(versionsFor('asyncapi: 3.0.0\ncomponents:\n  schemas:\n    a:\n      schemaFormat: application/vnd.aai.asyncapi+json;version=2.0.0\n')).toEqual(all);
  });

  it('fills in the same schema the package publishes', async () => {
    await loadSpecSchemasFor('asyncapi: 2.6.0\n');
    expect(schemas['2.6.0']).toEqual(published.schemas['2.6.0']);
  });
});
