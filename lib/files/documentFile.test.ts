import { describe, expect, it } from 'vitest';
import { readDocumentFile } from './documentFile';

describe('readDocumentFile', () => {
  it('reads a YAML or JSON file as text', async () => {
    const result = await readDocumentFile(new File(['asyncapi: 3.0.0\n'], 'api.YML'));
    expect(result).toEqual({ ok: true, name: 'api.YML', text: 'asyncapi: 3.0.0\n' });
  });

  it('refuses other files with a message that names the file', async () => {
    const result = await readDocumentFile(new File(['x'], 'photo.png'));
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('photo.png') });
  });

  it('refuses files too large for the editor', async () => {
    const result = await readDocumentFile({ name: 'huge.yaml', size: 60 * 1024 * 1024, text: async () => '' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('60.0 MB') });
  });
});
