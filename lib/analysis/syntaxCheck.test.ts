import { describe, expect, it } from 'vitest';
import { checkSyntax } from './syntaxCheck';
import { LIMITS } from './limits';

function failure(text: string) {
  const result = checkSyntax(text);
  if (result.ok) throw new Error('expected the check to fail');
  return result.diagnostics[0]!;
}

/** Nine levels of nine aliases: 395 bytes that expand to 9^9 values. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let level = 1; level < 9; level++) {
    const prev = String.fromCharCode(96 + level);
    const name = String.fromCharCode(97 + level);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n');
}

describe('checkSyntax', () => {
  it('accepts a YAML document and reads its spec version', () => {
    expect(checkSyntax('asyncapi: 2.6.0\ninfo: {title: t, version: "1"}\n')).toMatchObject({ ok: true, format: 'yaml', specVersion: '2.6.0' });
  });

  it('places a YAML syntax error at its 1-based line', () => {
    const d = failure('asyncapi: 3.0.0\ninfo:\n  title: x: y\n  version: 1\n');
    expect(d).toMatchObject({ severity: 'error', code: 'yaml-syntax', range: { startLine: 3 } });
    expect(d.message).toContain('bad indentation');
  });

  it('places a JSON syntax error at its line', () => {
    const d = failure('{\n  "asyncapi": "3.0.0",\n  "info": {\n    "title": "x",,\n  }\n}');
    expect(d).toMatchObject({ code: 'json-syntax', range: { startLine: 4 } });
    // An error the engine gives no position for on Node 20 ("Unexpected token 'o', ... is not valid JSON").
    expect(failure('{\n  "asyncapi": "3.0.0",\n  "info": oops\n}')).toMatchObject({ range: { startLine: 3, startColumn: 11 } });
  });

  it('places an error at the very end of the text on its last line', () => {
    expect(failure('asyncapi: 3.0.0\ninfo: [')).toMatchObject({ code: 'yaml-syntax', range: { startLine: 2 } });
  });

  it('leaves duplicated keys to the parser, which reports each of them (the last value wins meanwhile)', () => {
    expect(checkSyntax('asyncapi: 3.0.0\ninfo:\n  title: a\n  title: b\n')).toMatchObject({ ok: true, value: { info: { title: 'b' } } });
  });

  it('says an empty document is empty', () => {
    expect(failure('  \n\n')).toMatchObject({ code: 'empty-document' });
  });

  it('refuses to analyse a document over the size limit, with its size in the message', () => {
    const d = failure(`asyncapi: 3.0.0\nx: "${'a'.repeat(LIMITS.maxAnalysedBytes)}"\n`);
    expect(d.code).toBe('too-large');
    expect(d.message).toMatch(/10\.0 MB/);
  });

  it('recognises binary junk', () => {
    const junk = Array.from({ length: 4096 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    expect(failure(junk).code).toBe('binary-content');
  });

  it('stops a YAML alias bomb before it expands', () => {
    const started = performance.now();
    const d = failure(aliasBomb());
    expect(d.code).toBe('alias-bomb');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('stops 30,000-deep nesting', () => {
    expect(failure(`${'['.repeat(30_000)}${']'.repeat(30_000)}`).code).toBe('too-deep');
    expect(failure(`a: ${'['.repeat(30_000)}${']'.repeat(30_000)}`).code).toBe('too-deep');
  });

  it('finds $refs that point at each other with nothing in between, at the line of the ref', () => {
    const text = [
      'asyncapi: 3.0.0',
      'info: {title: t, version: "1"}',
      'components:',
      '  schemas:',
      '    A:',
      "      $ref: '#/components/schemas/B'",
      '    B:',
      "      $ref: '#/components/schemas/A'",
    ].join('\n');
    const result = checkSyntax(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]!.code).toBe('ref-cycle');
    expect(result.diagnostics[0]!.message).toContain('#/components/schemas/A');
  });

  it('reads percent-encoded refs in a cycle, and leaves a ref with a stray % to the parser', () => {
    const cycle = "components:\n  schemas:\n    'A B':\n      $ref: '#/components/schemas/C'\n    C:\n      $ref: '#/components/schemas/A%20B'\n";
    expect(failure(cycle).code).toBe('ref-cycle');
    expect(checkSyntax("components:\n  schemas:\n    A:\n      $ref: '#/components/schemas/100%'\n").ok).toBe(true);
  });

  it('lets recursive schemas with content between the refs through (the parser handles those)', () => {
    const text = 'components:\n  schemas:\n    Node:\n      type: object\n      properties:\n        next:\n          $ref: "#/components/schemas/Node"\n';
    expect(checkSyntax(text).ok).toBe(true);
  });

  it('reads __proto__ keys as plain data', () => {
    const result = checkSyntax('asyncapi: 3.0.0\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\n');
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
