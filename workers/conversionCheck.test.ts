import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { withConversionCheck } from './conversionCheck';
import { handleConvertRequest } from './convertJobs';
import type { ConvertWorkerResponse, TextJobResult } from './protocol';

function converted(response: ConvertWorkerResponse): Extract<TextJobResult, { ok: true }> {
  if (response.type !== 'text-result' || !response.result.ok) throw new Error(`expected a converted text, got ${JSON.stringify(response)}`);
  return response.result;
}

const convert = (path: string) =>
  withConversionCheck(handleConvertRequest({ type: 'convert', id: 1, version: 1, text: readCorpus(path), target: '3.1.0', perspective: 'application' }));

describe('the converted text is checked before it is applied', () => {
  it('a 2.x document whose bindings the studio rewrote: valid, and the rewrite listed', async () => {
    const rpc = converted(await convert('spec-examples/2.6.0/rpc-server.yml'));
    expect(rpc.check).toEqual({ valid: true, problems: [] });
    expect(rpc.warnings).toContainEqual(expect.stringMatching(/bindings\.amqp\.replyTo: removed .*has no "replyTo"/));
  });

  it('what is left for the user is listed where it is in the new text', async () => {
    // A channel parameter its address does not use: only the 3.x rules flag it.
    const nested = converted(await convert('parser/nested-schemas.yaml'));
    expect(nested.check?.valid).toBe(false);
    const [problem] = nested.check!.problems;
    expect(problem).toMatchObject({ severity: 'error', code: 'asyncapi3-channel-parameters' });
    expect(nested.text.split('\n')[problem!.range.startLine - 1]).toMatch(/^\s+testParam1:/);
  });

  it('leaves other answers as they are', async () => {
    const swap = handleConvertRequest({ type: 'format-swap', id: 2, version: 5, text: 'a: 1\n', to: 'json' });
    expect(await withConversionCheck(swap)).toBe(swap);
    const failed = handleConvertRequest({ type: 'convert', id: 3, version: 5, text: 'asyncapi: 3.1.0\n', target: '3.1.0', perspective: 'client' });
    expect(await withConversionCheck(failed)).toBe(failed);
  });
});
