import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { handleConvertRequest } from './convertJobs';
import type { ConvertWorkerResponse, SaveJobResult, TextJobResult } from './protocol';

const streetlights = readCorpus('spec-examples/2.6.0/streetlights-kafka.yml');

function textResult(response: ConvertWorkerResponse): TextJobResult {
  if (response.type !== 'text-result') throw new Error(`expected a text result, got ${response.type}`);
  return response.result;
}

function saveResult(response: ConvertWorkerResponse): SaveJobResult {
  if (response.type !== 'prepare-save-result') throw new Error(`expected a save result, got ${response.type}`);
  return response.result;
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`expected ok, got ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

describe('handleConvertRequest', () => {
  it('answers with the id and version of the request', () => {
    const response = handleConvertRequest({ type: 'format-swap', id: 7, version: 42, text: 'a: 1\n', to: 'json' });
    expect(response).toMatchObject({ id: 7, version: 42, type: 'text-result', job: 'format-swap' });
  });

  it('converts a 2.6 corpus document to 3.0.0 from the chosen point of view, keeping YAML', () => {
    const app = ok(textResult(handleConvertRequest({ type: 'convert', id: 1, version: 1, text: streetlights, target: '3.0.0', perspective: 'application' })));
    expect(app.format).toBe('yaml');
    expect(app.text).toMatch(/^asyncapi: 3\.0\.0$/m);
    // streetlights "subscribe"s to lightMeasured: from the application's point of view it receives.
    expect(app.text).toMatch(/receiveLightMeasurement:\n\s+action: receive/);
    const client = ok(textResult(handleConvertRequest({ type: 'convert', id: 2, version: 1, text: streetlights, target: '3.0.0', perspective: 'client' })));
    expect(client.text).toMatch(/receiveLightMeasurement:\n\s+action: send/);
  });

  it('can write the converted document as JSON in the same step', () => {
    const result = ok(
      textResult(handleConvertRequest({ type: 'convert', id: 1, version: 1, text: streetlights, target: '3.0.0', perspective: 'application', outputFormat: 'json' })),
    );
    expect(result.format).toBe('json');
    expect((JSON.parse(result.text) as { asyncapi: string }).asyncapi).toBe('3.0.0');
  });

  it('says why a conversion failed', () => {
    const broken = handleConvertRequest({ type: 'convert', id: 1, version: 3, text: "asyncapi: '2.6.0'\ninfo: [\n", target: '3.0.0', perspective: 'application' });
    const result = textResult(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/YAML could not be read/);
    const already = textResult(handleConvertRequest({ type: 'convert', id: 2, version: 3, text: 'asyncapi: 3.0.0\n', target: '3.0.0', perspective: 'client' }));
    expect(already).toEqual({ ok: false, message: 'The document is already at version 3.0.0.' });
  });

  it('swaps YAML to JSON and back, keeping key order', () => {
    const json = ok(textResult(handleConvertRequest({ type: 'format-swap', id: 1, version: 1, text: streetlights, to: 'json' })));
    expect(Object.keys(JSON.parse(json.text) as object)).toEqual(['asyncapi', 'info', 'servers', 'defaultContentType', 'channels', 'components']);
    const yaml = ok(textResult(handleConvertRequest({ type: 'format-swap', id: 2, version: 2, text: json.text, to: 'yaml' })));
    expect(yaml.format).toBe('yaml');
    expect(yaml.text.startsWith('asyncapi: 2.6.0\ninfo:\n  title: Streetlights Kafka API\n')).toBe(true);
  });

  it('leaves text already in the wanted format alone', () => {
    const result = ok(textResult(handleConvertRequest({ type: 'format-swap', id: 1, version: 1, text: streetlights, to: 'yaml' })));
    expect(result.text).toBe(streetlights);
  });

  it('reformats YAML from its data', () => {
    const result = ok(textResult(handleConvertRequest({ type: 'reformat', id: 1, version: 1, text: 'a:   1\nb:\n    - x   # note\n' })));
    expect(result.text).toBe('a: 1\nb:\n  - x\n');
  });

  it('prepares a save: the text byte for byte and a file name from the title', () => {
    const result = ok(saveResult(handleConvertRequest({ type: 'prepare-save', id: 1, version: 1, text: streetlights, format: 'yaml' })));
    expect(result).toEqual({ ok: true, text: streetlights, fileName: 'streetlights-kafka-api.yaml', format: 'yaml' });
  });

  it('prepares a save in the other format', () => {
    const result = ok(saveResult(handleConvertRequest({ type: 'prepare-save', id: 1, version: 1, text: streetlights, format: 'json' })));
    expect(result.fileName).toBe('streetlights-kafka-api.json');
    expect((JSON.parse(result.text) as { info: { title: string } }).info.title).toBe('Streetlights Kafka API');
  });

  it('saves text that does not read yet as it is, under a fallback name', () => {
    const text = 'asyncapi: 3.0.0\ninfo: [\n';
    expect(saveResult(handleConvertRequest({ type: 'prepare-save', id: 1, version: 1, text, format: 'yaml' }))).toEqual({
      ok: true,
      text,
      fileName: 'asyncapi.yaml',
      format: 'yaml',
    });
    expect(saveResult(handleConvertRequest({ type: 'prepare-save', id: 1, version: 1, text, format: 'json' })).ok).toBe(false);
  });
});
