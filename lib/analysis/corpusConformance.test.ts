import { dirname, join, normalize } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import type { ParseOutput } from '@asyncapi/parser';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import type { CorpusEntry } from '@/lib/testing/corpus';
import { Parser } from '@asyncapi/parser';
import { AvroSchemaParser } from '@asyncapi/avro-schema-parser';
import { OpenAPISchemaParser } from '@asyncapi/openapi-schema-parser';
import { ProtoBuffSchemaParser } from '@asyncapi/protobuf-schema-parser';
import { analyzeDocument, DOCUMENT_SOURCE } from './analyzeDocument';
import { checkExamples } from './checkExamples';
import { createParser } from './createParser';
import { CUSTOM_FORMAT_EXAMPLES_RULE, MESSAGE_EXAMPLES_RULE, MESSAGE_EXAMPLE_CODE } from './exampleDiagnostics';
import { SCHEMA_DEFAULT_RULE, SCHEMA_EXAMPLES_RULE } from './exampleDiagnosticsSchemas';
import type { Diagnostic } from './diagnostic';
import { REFUSED_REF_CODE, refusedRefMessage } from './refGuard';
import { collectRefSites } from './refSites';

// Conformance with the reference parser: every corpus document through the studio's own analysis, with the
// analysis worker's parser configuration (no origin allowed, no file read). manifest.json holds the reference
// parser's error count, computed offline from the file (so each unreachable remote $ref is one error there).

const manifest = corpusManifest();
const known = new Set(manifest.map((entry) => entry.path));

/** The other corpus files a document's $refs name: a multi-file document, which needs a workspace to open. */
function referencedCorpusFiles(entry: CorpusEntry, value: unknown): string[] {
  const files = collectRefSites(value).flatMap(({ ref }) => {
    if (typeof ref !== 'string' || ref.startsWith('#') || /^[a-z]+:/i.test(ref)) return [];
    const file = normalize(join(dirname(entry.path), ref.split('#')[0]!));
    return known.has(file) ? [file] : [];
  });
  return [...new Set(files)];
}

// Multi-file documents are analysed once the studio opens folders (their refs then resolve in the workspace).
const MULTI_FILE_OPEN = false;

const documents = manifest
  .filter((entry) => entry.kind !== 'fragment')
  .map((entry) => {
    const text = readCorpus(entry.path);
    return { entry, text, references: referencedCorpusFiles(entry, yaml.load(text)) };
  });

const errors = (ds: ReadonlyArray<{ severity: unknown }>, severity: unknown) => ds.filter((d) => d.severity === severity).length;
const rowKey = (d: Diagnostic) => `${d.code}|${d.range.startLine}:${d.range.startColumn}|${d.message}`;

/** The published parser's 2.x rules the studio's parser runs with off: its example check reports their rows. */
const EXAMPLE_RULES = [MESSAGE_EXAMPLES_RULE, CUSTOM_FORMAT_EXAMPLES_RULE, SCHEMA_DEFAULT_RULE, SCHEMA_EXAMPLES_RULE];

/** The rows those rules give in the published parser: only 2.x documents with examples or defaults can have any. */
async function referenceExampleRows(text: string, specVersion: string | null): Promise<string[]> {
  if (!specVersion?.startsWith('2.') || !/\b(examples|default)\s*["']?:/.test(text)) return [];
  const reference = new Parser({ schemaParsers: [AvroSchemaParser(), OpenAPISchemaParser(), ProtoBuffSchemaParser()] });
  const output = await reference.parse(text, { applyTraits: true, source: DOCUMENT_SOURCE });
  return output.diagnostics.filter((d) => EXAMPLE_RULES.includes(String(d.code))).map((d) => `${d.code} error at ${d.range.start.line + 1}`);
}

describe('the studio’s verdict equals the reference parser’s on every corpus document', () => {
  const parser = createParser({ isOriginAllowed: () => false });
  const examplesParser = createParser({ rules: 'none', isOriginAllowed: () => false });
  const parse = vi.spyOn(parser, 'parse');

  it('finds single-file documents to check', () => {
    expect(documents.filter((d) => d.references.length === 0).length).toBeGreaterThanOrEqual(100);
  });

  for (const { entry, text, references } of documents) {
    const multiFile = references.length > 0 && !MULTI_FILE_OPEN;
    const title = multiFile ? `${entry.path} (multi-file: $refs ${references.join(', ')}; checked once folders open)` : entry.path;
    it.skipIf(multiFile)(title, async () => {
      parse.mockClear();
      const outcome = await analyzeDocument(parser, text);
      const raw = (await parse.mock.results[0]?.value) as ParseOutput | undefined;
      // What the problems list shows: the analysis, and the example check's rows (its own worker in the studio).
      const examples = outcome.stage === 'parser' ? await checkExamples(examplesParser, text) : [];
      const studio = [...outcome.diagnostics, ...examples];

      // The example check's 2.x rows are the rows the parser's own rule gives.
      const exampleRows = examples.filter((d) => EXAMPLE_RULES.includes(d.code) && d.severity === 'error');
      expect(exampleRows.map((d) => `${d.code} error at ${d.range.startLine}`).sort(), 'example rows').toEqual((await referenceExampleRows(text, entry.version)).sort());

      // The reference count of errors; the same warnings as the parser gave (the manifest has no warning count).
      expect(errors(studio, 'error'), 'errors').toBe(entry.parser_errors);
      if (raw) {
        // The same rows as the parser's, message for message (a refused $ref is worded for the user; the example
        // check's rows are compared above, with the rule's own run, as the studio's parser has that rule off).
        const parserRows = raw.diagnostics
          .filter((d) => d.severity <= 1)
          .map((d) => `${d.severity === 0 ? 'error' : 'warning'} ${refusedRefMessage(d.message) !== undefined ? '(refused $ref)' : d.message}`);
        const studioRows = studio
          .filter((d) => (d.severity === 'error' || d.severity === 'warning') && d.code !== MESSAGE_EXAMPLE_CODE && !EXAMPLE_RULES.includes(d.code))
          .map((d) => `${d.severity} ${d.code === REFUSED_REF_CODE ? '(refused $ref)' : d.message}`);
        expect(studioRows.sort(), 'rows').toEqual(parserRows.sort());
      }

      // No row twice, and none at line 1 that belongs elsewhere.
      const rows = studio.filter((d) => d.severity === 'error' || d.severity === 'warning');
      expect(new Set(rows.map(rowKey)).size, 'distinct rows').toBe(rows.length);
      const firstLine = text.split('\n')[0]!;
      for (const d of rows) {
        if (d.range.startLine !== 1 || !d.path || d.path.length === 0) continue;
        expect(firstLine, `${d.message} at ${JSON.stringify(d.path)} shown at line 1`).toContain(String(d.path[0]));
      }
    }, 60_000);
  }
});
