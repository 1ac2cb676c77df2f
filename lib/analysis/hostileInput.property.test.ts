import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from './analyzeDocument';
import { createParser } from './createParser';
import { checkSyntax } from './syntaxCheck';

// What the syntax worker and the analysis worker run on every keystroke: total functions of any text.
const byteish = fc.uint8Array({ maxLength: 2000 }).map((bytes) => String.fromCharCode(...bytes));
const yamlish = fc
  .array(fc.constantFrom('asyncapi: 3.0.0\n', 'info:\n', '  title: x\n', '- ', ': ', '&a ', '*a ', '[', ']', '{', '}', '"', "'", '$ref: "#/a"\n', '\n', '  ', '__proto__: ', '<<: ', '!!js/function ', '%YAML 1.2\n', '---\n', '#'), { maxLength: 60 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 500 }), byteish, yamlish);

describe('checkSyntax on arbitrary input', () => {
  it('never throws, and answers either a value or at least one error with a 1-based range', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = checkSyntax(text);
        expect(['yaml', 'json']).toContain(result.format);
        if (!result.ok) {
          expect(result.diagnostics.length).toBeGreaterThan(0);
          for (const d of result.diagnostics) {
            expect(d.severity).toBe('error');
            expect(d.message.length).toBeGreaterThan(0);
            expect(d.range.startLine).toBeGreaterThanOrEqual(1);
            expect(d.range.startColumn).toBeGreaterThanOrEqual(1);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('never lets a __proto__ key reach Object.prototype', () => {
    fc.assert(
      fc.property(fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.string({ maxLength: 20 }), (key, value) => {
        checkSyntax(`asyncapi: 3.0.0\n${key}:\n  polluted: ${JSON.stringify(value)}\n`);
        checkSyntax(`{"asyncapi": "3.0.0", "${key}": {"polluted": ${JSON.stringify(value)}}}`);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });
});

describe('analyzeDocument on arbitrary input', () => {
  const parser = createParser({ isOriginAllowed: () => false });
  it('resolves to a typed outcome (never rejects) whose validity matches its errors', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(yamlish, fc.string({ maxLength: 300 })), async (tail) => {
        const outcome = await analyzeDocument(parser, `asyncapi: 3.0.0\n${tail}`);
        expect(['syntax', 'parser']).toContain(outcome.stage);
        expect(['yaml', 'json']).toContain(outcome.format);
        const errors = outcome.diagnostics.filter((d) => d.severity === 'error').length;
        if (outcome.valid) expect(errors).toBe(0);
        else expect(errors).toBeGreaterThan(0);
      }),
      { numRuns: 40 },
    );
  }, 60_000);
});
