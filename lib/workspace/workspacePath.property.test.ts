import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkSyntax } from '@/lib/analysis/syntaxCheck';
import { WorkspaceFileStore } from './fileStore';
import { buildRefClosure } from './refClosure';
import { createWorkspaceResolvers } from './workspaceResolvers';
import { fromParserUri, parserUriOf, resolveRef, WORKSPACE_ROOT } from './workspacePath';

// Refs an attacker might write, built from the pieces that matter to path arithmetic.
const piece = fc.constantFrom('..', '.', '', 'a', 'b.yaml', 'common', '%2e%2e', '%2F', '\\', '~', '#', '#/x', 'file:', '//', 'C:', '.studio-workspace', '%00', ' ');
const ref = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join('/'));
const workspacePath = fc.array(fc.constantFrom('a', 'b', 'common', 'services'), { minLength: 0, maxLength: 4 }).map((dirs) => [...dirs, 'asyncapi.yaml'].join('/'));

const files = { 'asyncapi.yaml': 'x: 1\n', 'a/b.yaml': 'y: 2\n', 'common/b.yaml': 'z: 3\n' };

describe('workspace paths on arbitrary refs', () => {
  it('a file target is always a clean path inside the folder', () => {
    fc.assert(
      fc.property(workspacePath, ref, (from, written) => {
        const target = resolveRef(from, written);
        if (target.kind !== 'file') return;
        expect(target.path.startsWith('/')).toBe(false);
        expect(target.path.split('/').some((s) => s === '' || s === '.' || s === '..')).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('the parser’s resolver hands out only texts of workspace files, whatever URI it is asked for', async () => {
    const store = WorkspaceFileStore.fromTexts(files);
    const check = checkSyntax(files['asyncapi.yaml']);
    if (!check.ok) throw new Error('fixture');
    const closure = buildRefClosure('asyncapi.yaml', { text: files['asyncapi.yaml'], value: check.value }, store, { isOriginAllowed: () => false });
    const texts = new Set(Object.values(files));
    await fc.assert(
      fc.asyncProperty(workspacePath, ref, async (from, written) => {
        const { resolvers, log } = createWorkspaceResolvers({ reader: store, closure, isOriginAllowed: () => false });
        const file = resolvers.find((r) => r.schema === 'file')!;
        for (const uri of [parserUriOf(from, written), `${WORKSPACE_ROOT}${written}`, written, `file://${written}`]) {
          const answer = await file.read({ toString: () => uri });
          expect(answer === '{}' || texts.has(answer)).toBe(true);
          if (answer !== '{}') expect(fromParserUri(uri)).toBeDefined();
        }
        for (const path of log.read) expect(Object.keys(files)).toContain(path);
      }),
      { numRuns: 1000 },
    );
  });
});
