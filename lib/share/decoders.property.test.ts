import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readDocumentFile } from '@/lib/files/documentFile';
import { restoreWorkspaceRecord } from '@/lib/persistence/workspaceRecord';
import { readIncomingLink } from './readLink';
import { decodeShareFragment, encodeShareFragment } from './shareCodec';

// Everything that turns outside bytes (links, stored records, files) into document text: total, never throwing.
describe('input decoders on arbitrary input', () => {
  it('decodeShareFragment never throws and round-trips what encodeShareFragment wrote', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (payload) => {
        const result = decodeShareFragment(payload);
        if (!result.ok) expect(result.error.code.length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const result = decodeShareFragment(encodeShareFragment(text));
        expect(result.ok && result.text).toBe(text);
      }),
      { numRuns: 200 },
    );
  });

  it('readIncomingLink never throws for any query or fragment', () => {
    fc.assert(
      fc.property(fc.constantFrom('#share=', '?base64=', '?url=', '?load=', '?share=', '?readOnly=true#share=', '#'), fc.string({ maxLength: 300 }), (prefix, rest) => {
        const link = readIncomingLink(`https://studio.example/${prefix}${rest}`);
        expect(['none', 'text', 'url', 'error']).toContain(link.kind);
      }),
      { numRuns: 500 },
    );
  });

  it('restoreWorkspaceRecord never throws on any stored value', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = restoreWorkspaceRecord(raw, 1);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  });

  it('readDocumentFile answers a result for any name and any content', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 40 }), fc.uint8Array({ maxLength: 2000 }), async (name, bytes) => {
        const file = new File([bytes], `${name}.yaml`);
        const result = await readDocumentFile(file);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 100 },
    );
  });
});
