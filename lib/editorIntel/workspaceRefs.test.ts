import { describe, expect, it } from 'vitest';
import { corpusPath } from '@/lib/testing/corpus';
import { loadFolder } from '@/lib/workspace/folderFixture';
import { definitionAcross, referencesAcross, renameAcross } from './workspaceRefs';

const folder = loadFolder(corpusPath('spec-examples/3.0.0/social-media'));
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const columnOf = (text: string, line: number, needle: string) => (text.split('\n')[line - 1] ?? '').indexOf(needle) + 2;

describe('$ref navigation across the files of a workspace', () => {
  const backend = folder['backend/asyncapi.yaml']!;
  const messages = folder['common/messages.yaml']!;
  const ws = (documentPath: string) => ({ documentPath, files: folder });

  it('goes to the definition in another file', () => {
    const line = lineOf(backend, "messages.yaml#/commentLiked'");
    const target = definitionAcross(backend, line, columnOf(backend, line, 'messages.yaml'), ws('backend/asyncapi.yaml'));
    expect(target).toMatchObject({ file: 'common/messages.yaml', startLine: lineOf(messages, 'commentLiked:') });
  });

  it('finds the references to a shared message from every file, and renames them all', () => {
    const line = lineOf(messages, 'commentLiked:');
    const refs = referencesAcross(messages, line, 3, ws('common/messages.yaml'));
    const users = Object.entries(folder).filter(([, text]) => text.includes("messages.yaml#/commentLiked'")).map(([path]) => path);
    expect(users.length).toBeGreaterThan(1);
    expect([...new Set(refs.map((r) => r.file))].sort()).toEqual(users.sort());

    const edits = renameAcross(messages, line, 3, 'commentWasLiked', ws('common/messages.yaml'))!;
    expect(edits[0]).toMatchObject({ startLine: line, text: 'commentWasLiked' });
    expect(edits[0]!.file).toBeUndefined();
    const elsewhere = edits.slice(1);
    expect(elsewhere.length).toBe(refs.length);
    expect(elsewhere.every((e) => e.text.includes('messages.yaml#/commentWasLiked'))).toBe(true);
    // Quoting kept: the corpus writes these refs in single quotes.
    expect(elsewhere[0]!.text.startsWith("'")).toBe(true);
  });

  it('refuses names that are not names, and keys that are not components', () => {
    const line = lineOf(messages, 'commentLiked:');
    expect(renameAcross(messages, line, 3, 'a b', ws('common/messages.yaml'))).toBeNull();
    expect(renameAcross(backend, 1, 2, 'x', ws('backend/asyncapi.yaml'))).toBeNull();
  });
});
