import { describe, expect, it } from 'vitest';
import { stringify } from '@asyncapi/parser';
import { documentToMarkdown } from './markdownExport';
import { documentToStandaloneHtml } from './htmlExport';
import { exportDocumentation, fileStem } from './exportDocs';
import { parseCorpus } from './testDocuments';

describe('exportDocumentation', () => {
  it.each(['spec-examples/3.0.0/streetlights-kafka-asyncapi.yml', 'spec-examples/2.6.0/streetlights-kafka.yml', 'cli/specification-avro.yml', 'parser/circular-refs.yaml'])(
    'gives the same files from the worker\'s stringify() output as from the parsed document (%s)',
    async (relative) => {
      const document = await parseCorpus(relative);
      const json = stringify(document)!;
      expect(exportDocumentation(json, 'markdown').text).toBe(documentToMarkdown(document));
      expect(exportDocumentation(json, 'html').text).toBe(documentToStandaloneHtml(document));
    },
  );

  it('names the files after the title', async () => {
    const json = stringify(await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml'))!;
    expect(exportDocumentation(json, 'html')).toMatchObject({ fileName: 'streetlights-kafka-api.html', mimeType: 'text/html;charset=utf-8' });
    expect(exportDocumentation(json, 'markdown').fileName).toBe('streetlights-kafka-api.md');
  });

  it('makes a safe, non-empty file stem from any title', () => {
    expect(fileStem('Parcel Tracking Events')).toBe('parcel-tracking-events');
    expect(fileStem('  Café / Über: API v2!  ')).toBe('cafe-uber-api-v2');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('日本語')).toBe('asyncapi-documentation');
    expect(fileStem(undefined)).toBe('asyncapi-documentation');
  });
});
