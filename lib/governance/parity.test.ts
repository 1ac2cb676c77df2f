import { describe, expect, it } from 'vitest';
import { createParser } from '@/lib/analysis/createParser';
import { fromParserDiagnostic } from '@/lib/analysis/analyzeDocument';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import { isCatalogueRule } from './catalogue';
import { runGovernance, withoutParserCopies } from './runGovernance';

// 2.x documents covering the rules: refs and oneOf, security schemes, unused components, traits.
const TWO_X = [
  'spec-examples/2.0.0/streetlights.yml',
  'spec-examples/2.0.0/slack-rtm.yml',
  'spec-examples/2.6.0/simple.yml',
  'spec-examples/2.6.0/oneof.yml',
  'spec-examples/2.6.0/social-media/backend/asyncapi.yaml',
  'spec-examples/2.6.0/websocket-gemini.yml',
  'spec-examples/2.6.0/streetlights-operation-security.yml',
  'parser/nested-schemas.yaml',
].map((path) => corpusManifest().find((entry) => entry.path === path)!);

describe("the catalogue's 2.x rules against the parser's recommended rules", () => {
  const parser = createParser();
  for (const entry of TWO_X) {
    it(`reports what the parser reports, at the same lines, for ${entry.path}`, async () => {
      const text = readCorpus(entry.path);
      const { diagnostics } = await parser.parse(text);
      const fromParser = diagnostics
        .map((d) => fromParserDiagnostic(d))
        .filter((d) => isCatalogueRule(d.code))
        .map((d) => `${d.code}@${d.range.startLine}`)
        .sort();
      const ours = runGovernance({ text })
        .diagnostics.filter((d) => PARSER_RECOMMENDED.has(d.code))
        .map((d) => `${d.code}@${d.range.startLine}`);
      // Everything the catalogue reports, the parser reports at the same line.
      expect(ours.filter((report) => !fromParser.includes(report))).toEqual([]);
      // The parser also reports a referenced message where the $ref brings it in; the catalogue once, where it is written.
      const lines = text.split('\n');
      const atRefs = fromParser.filter((report) => !ours.includes(report));
      for (const report of atRefs) {
        const line = Number(report.split('@')[1]);
        expect(`${lines[line - 1]}${lines[line]}`, report).toContain('$ref');
      }
      expect(withoutParserCopies(diagnostics.map((d) => fromParserDiagnostic(d))).some((d) => isCatalogueRule(d.code))).toBe(false);
    });
  }
});

const PARSER_RECOMMENDED = new Set([
  'asyncapi-id',
  'asyncapi-defaultContentType',
  'asyncapi-info-description',
  'asyncapi-info-contact',
  'asyncapi-info-contact-properties',
  'asyncapi-info-license',
  'asyncapi-servers',
  'asyncapi-unused-component',
  'asyncapi2-tags',
  'asyncapi2-server-no-empty-variable',
  'asyncapi2-server-no-trailing-slash',
  'asyncapi2-channel-no-empty-parameter',
  'asyncapi2-channel-no-trailing-slash',
  'asyncapi2-operation-operationId',
  'asyncapi2-message-messageId',
  'asyncapi2-unused-securityScheme',
]);
