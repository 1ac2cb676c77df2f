import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { corpusManifest, readCorpus } from '@/lib/testing/corpus';
import { createParser } from './createParser';
import type { Diagnostic } from './diagnostic';
import { refsResolveLocally } from './structureCheck';
import { createStructurePass } from './structurePass';
import { loadSpecSchema, schemaVersions } from './structureSchemas';
import { checkSyntax } from './syntaxCheck';

// The fast pass shows its errors before the parser's verdict and is replaced by it: it must never show one the
// parser does not confirm (same path, same message), on any corpus document, nor on those documents broken.

const parser = createParser({ isOriginAllowed: () => false });
const pass = createStructurePass(loadSpecSchema);

/** The fast pass on a text, its validator compiled first (the worker answers nothing until then). */
async function fast(text: string): Promise<Diagnostic[]> {
  const syntax = checkSyntax(text);
  if (!syntax.ok) return [];
  pass(text, syntax);
  if (syntax.specVersion && schemaVersions.includes(syntax.specVersion)) await loadSpecSchema(syntax.specVersion).then(() => new Promise((r) => setTimeout(r, 0)));
  return pass(text, syntax);
}

const key = (d: { path?: ReadonlyArray<string | number>; message: string }) => `${(d.path ?? []).join('/')} ${d.message}`;

async function expectConfirmed(text: string): Promise<{ fast: Diagnostic[]; parserErrors: Set<string> }> {
  const fastRows = await fast(text);
  const output = await parser.parse(text, { applyTraits: true, source: '/asyncapi.yaml' });
  const parserErrors = new Set(output.diagnostics.filter((d) => d.severity === 0).map((d) => key({ path: d.path as string[], message: d.message })));
  for (const row of fastRows) expect(parserErrors, `fast pass: ${key(row)}`).toContain(key(row));
  // Placed where the parser places it.
  for (const row of fastRows) {
    const same = output.diagnostics.find((d) => key({ path: d.path as string[], message: d.message }) === key(row));
    if (same?.range) expect(row.range.startLine, key(row)).toBe(same.range.start.line + 1);
  }
  return { fast: fastRows, parserErrors };
}

/** Breaks the first operation's action (3.x) or the first channel's operation (2.x) the way people do. */
function broken(text: string): string | undefined {
  const action = /^(\s+action:\s*)(send|receive)\s*$/m;
  if (action.test(text)) return text.replace(action, '$1publish');
  const message = /^(\s+)(publish|subscribe):\s*$/m;
  if (message.test(text)) return text.replace(message, '$1$2:\n$1  bindingz: 1');
  return undefined;
}

const documents = corpusManifest().filter((e) => e.kind !== 'fragment' && e.version !== null && schemaVersions.includes(e.version));

describe('the fast structural pass', () => {
  it('finds `action: publish` in a 3.0 operation, with the parser\'s words, at its line', async () => {
    const { fast: rows } = await expectConfirmed(DEFAULT_DOCUMENT.replace('action: send', 'action: publish'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ severity: 'error', code: 'asyncapi-document-resolved', path: expect.arrayContaining(['action']) });
    expect(rows[0]!.message).toMatch(/must be equal to one of the allowed values/);
    // On the value, as the parser places it: the editor's quick fix replaces exactly `publish`.
    const text = DEFAULT_DOCUMENT.replace('action: send', 'action: publish');
    const { range } = rows[0]!;
    expect(text.split('\n')[range.startLine - 1]!.slice(range.startColumn - 1, range.endColumn - 1)).toBe('publish');
  });

  it('finds an unknown field and a wrong type where the parser does, and says nothing the parser does not', async () => {
    const text = DEFAULT_DOCUMENT.replace('info:\n', 'infos: 1\ninfo:\n').replace(/^(\s+)address: .*$/m, '$1address: [1]');
    const { fast: rows, parserErrors } = await expectConfirmed(text);
    expect(rows.map((r) => r.path)).toEqual([['infos'], expect.arrayContaining(['address'])]);
    expect(rows[0]!.range.startLine).toBe(2);
    expect(parserErrors.size).toBeGreaterThanOrEqual(rows.length);
  });

  it('answers nothing until its validator is compiled, then compiles it once', async () => {
    const own = createStructurePass(loadSpecSchema);
    const text = DEFAULT_DOCUMENT.replace('action: send', 'action: publish');
    const syntax = checkSyntax(text);
    expect(own(text, syntax)).toEqual([]);
    await loadSpecSchema('3.0.0');
    await new Promise((r) => setTimeout(r, 0));
    expect(own(text, syntax)).toHaveLength(1);
  });

  it('keeps quiet on a document whose refs the parser cannot resolve here', async () => {
    const text = DEFAULT_DOCUMENT.replace('action: send', 'action: publish').replace("$ref: '#/channels/", "$ref: 'other.yaml#/channels/");
    expect(text).toContain('other.yaml');
    expect(await fast(text)).toEqual([]);
  });

  it('checks enough of the corpus to mean something', () => {
    expect(documents.length).toBeGreaterThanOrEqual(90);
  });

  for (const entry of documents) {
    it(`never shows an error the parser does not confirm: ${entry.path}`, async () => {
      const text = readCorpus(entry.path);
      const { fast: rows } = await expectConfirmed(text);
      if (entry.parser_errors === 0) expect(rows).toEqual([]);
      const damaged = broken(text);
      if (damaged) await expectConfirmed(damaged);
    }, 60_000);
  }

  it('finds the broken action in every 3.x corpus document that has one and only local refs', async () => {
    let found = 0;
    for (const entry of documents.filter((e) => e.version?.startsWith('3.') && e.parser_errors === 0)) {
      const damaged = broken(readCorpus(entry.path));
      if (!damaged || !/action:\s*publish/.test(damaged) || !refsResolveLocally(yaml.load(damaged))) continue;
      const rows = await fast(damaged);
      expect(rows.map((r) => r.message).join('\n'), entry.path).toMatch(/"action" property must be equal to one of the allowed values/);
      found++;
    }
    expect(found).toBeGreaterThan(10);
  }, 120_000);
});
