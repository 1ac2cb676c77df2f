import { describe, expect, it } from 'vitest';
import { corpusManifest } from '@/lib/testing/corpus';
import { documentToMarkdown } from './markdownExport';
import { documentToStandaloneHtml } from './htmlExport';
import { parseCorpus } from './testDocuments';

// 3.1.0 and 2.0.0 spec examples repeat the 3.0.0 and 2.6.0 ones and would only add parse time.
const REPEATS = /^spec-examples\/(3\.1\.0|2\.0\.0)\//;
const VALID = corpusManifest().filter(
  (entry) => entry.kind === 'document' && entry.parser_errors === 0 && !REPEATS.test(entry.path),
);

describe('exports on every valid corpus document', () => {
  it.each(VALID.map((entry) => entry.path))('%s exports to Markdown and HTML', async (path) => {
    const document = await parseCorpus(path);
    const markdown = documentToMarkdown(document);
    const html = documentToStandaloneHtml(document);
    expect(markdown).toContain(document.info().title());
    expect(html).not.toMatch(/<script/i);
  });
});
