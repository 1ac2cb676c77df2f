import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { createParser } from '@/lib/analysis/createParser';
import { corpusManifest, corpusPath } from '@/lib/testing/corpus';
import { analyzeWorkspaceDocument } from './analyzeWorkspaceDocument';
import { bundleDocument } from './bundle';
import { WorkspaceFileStore } from './fileStore';
import { loadFolder } from './folderFixture';

// The multi-file documents of the corpus, each with the folder a user would open for it: the whole
// social-media example (services share ../common), or the fixture's own folder.
const cases = corpusManifest()
  .filter((e) => e.kind === 'document' && /social-media\/|multi-file\//.test(e.path))
  .map((entry) => {
    const folder = entry.path.includes('social-media/') ? entry.path.slice(0, entry.path.indexOf('social-media/') + 'social-media'.length) : dirname(entry.path);
    return { entry, folder, documentPath: entry.path.slice(folder.length + 1) };
  });

const parser = createParser();
const folders = new Map<string, Record<string, string>>();
const filesOf = (folder: string) => {
  if (!folders.has(folder)) folders.set(folder, loadFolder(corpusPath(folder)));
  return folders.get(folder)!;
};

async function analyze(files: Record<string, string>, documentPath: string) {
  const analysis = await analyzeWorkspaceDocument(parser, {
    documentPath,
    text: files[documentPath]!,
    reader: WorkspaceFileStore.fromTexts(files),
    isOriginAllowed: () => false,
  });
  if (analysis.kind !== 'done') throw new Error(`no result for ${documentPath}`);
  return analysis;
}

const counts = (document: AsyncAPIDocumentInterface | undefined) => ({
  channels: document?.channels().length,
  operations: document?.operations().length,
  messages: document?.allMessages().length,
});

describe('multi-file corpus documents, opened with their folder', () => {
  it('covers the social-media examples of 2.6.0, 3.0.0 and 3.1.0 and the cli multi-file fixtures', () => {
    expect(cases.filter((c) => c.folder.endsWith('social-media')).length).toBe(15);
    expect(cases.filter((c) => c.folder.startsWith('cli/multi-file')).length).toBeGreaterThanOrEqual(5);
  });

  it.each(cases)('$entry.path gets the parser’s verdict', async ({ entry, folder, documentPath }) => {
    const result = await analyze(filesOf(folder), documentPath);
    const parserErrors = result.outcome.diagnostics.filter((d) => d.severity === 'error' && d.code !== 'ref-target-problem');
    expect(result.outcome.valid).toBe(entry.parser_errors === 0);
    expect(parserErrors).toHaveLength(entry.parser_errors);
  });
});

describe('breaking a shared messages file', () => {
  it.each(['2.6.0', '3.0.0', '3.1.0'])('%s: the services using the broken message turn invalid, with a row naming the file and line', async (version) => {
    const folder = `spec-examples/${version}/social-media`;
    const files = { ...filesOf(folder) };
    const messages = files['common/messages.yaml']!;
    const broken = messages.replace('commentLiked:\n  description: Message that is being sent when a comment has been liked by someone.', 'commentLiked:\n  description: [not, a, string]');
    expect(broken).not.toBe(messages);
    files['common/messages.yaml'] = broken;
    const services = cases.filter((c) => c.folder === folder);
    for (const { documentPath } of services) {
      const uses = files[documentPath]!.includes("messages.yaml#/commentLiked'");
      const result = await analyze(files, documentPath);
      expect(result.facts.dependencies).toContain('common/messages.yaml');
      expect({ documentPath, valid: result.outcome.valid }).toEqual({ documentPath, valid: !uses });
      if (!uses) continue;
      const inFile = result.outcome.diagnostics.filter((d) => d.severity === 'error' && d.file === 'common/messages.yaml');
      // At the broken field (2.x also says, at the message's line, that it no longer matches a message schema).
      expect(inFile.map((d) => d.range.startLine)).toContain(2);
      expect(inFile.every((d) => d.range.startLine <= 2)).toBe(true);
      expect(inFile[0]?.related?.[0]).toMatchObject({ file: documentPath });
      expect(result.outcome.diagnostics.some((d) => d.code === 'ref-target-problem' && d.file === undefined)).toBe(true);
    }
  });
});

describe('bundles of the corpus services', () => {
  it.each(cases.filter((c) => c.entry.parser_errors === 0))('$entry.path: the bundle parses valid with the same channels, operations and messages', async ({ entry, folder, documentPath }) => {
    const files = filesOf(folder);
    const bundle = bundleDocument({ documentPath, reader: WorkspaceFileStore.fromTexts(files) });
    if (!bundle.ok) throw new Error(bundle.message);
    // The bundle needs no other file: parsed with no source and the studio's guard against file refs.
    const bundled = await createParser({ isOriginAllowed: () => false }).parse(bundle.text);
    expect(bundled.diagnostics.filter((d) => d.severity === 0)).toEqual([]);
    // The reference: the parser reading the original files from disk itself.
    const original = await parser.parse(files[documentPath]!, { source: corpusPath(entry.path) });
    expect(original.document).toBeDefined();
    expect(counts(bundled.document)).toEqual(counts(original.document));
    expect(bundle.text).not.toMatch(/\$ref: ['"]?\.{0,2}\//);
  });
});
