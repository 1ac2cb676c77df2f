import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { checkExamples } from '@/lib/analysis/checkExamples';
import { createParser } from '@/lib/analysis/createParser';
import { checkExample } from './checkExample';
import { createValidator } from './createValidator';
import { linearRegExp } from './linearRegExp';

// JavaScript's RegExp needs about 2^n steps for `^(a+)+$` against n a's and a `!`: at n = 64 it would
// never finish, so each test below finishing at all is the proof that the engine is not backtracking.
const REDOS_INPUT = `${'a'.repeat(64)}!`;

/**
 * Fails fast (instead of letting the next line hang the test run) when the validator is not on the linear
 * engine: only that engine refuses a lookahead, which JavaScript's RegExp runs.
 */
function expectLinearEngine(): void {
  const probe = createValidator({ kind: 'json-schema', jsonSchema: undefined, native: { type: 'string', pattern: '(?=x)x' } });
  expect(probe('x')[0]?.message, 'patterns must run on the linear-time engine').toMatch(/cannot be checked safely/);
}

describe('patterns from documents on a linear-time engine', () => {
  it('checks `^(a+)+$` against "aaaa…!" and reports the mismatch', () => {
    expectLinearEngine();
    const validate = createValidator({ kind: 'json-schema', jsonSchema: undefined, native: { type: 'string', pattern: '^(a+)+$' } });
    expect(validate(REDOS_INPUT)).toEqual([{ path: [], message: 'must match pattern "^(a+)+$"' }]);
    expect(validate('a'.repeat(100_000) + '!')).toHaveLength(1);
    expect(validate('aaaa')).toEqual([]);
  });

  it('uses the engine for patternProperties too', () => {
    expectLinearEngine();
    const validate = createValidator({
      kind: 'json-schema',
      jsonSchema: undefined,
      native: { type: 'object', patternProperties: { '^(a+)+$': { type: 'integer' } } },
    });
    expect(validate({ [REDOS_INPUT]: 'not checked', aaa: 'x' })).toEqual([{ path: ['aaa'], message: 'must be integer' }]);
  });

  it('compiles to RE2, never to a JavaScript RegExp', () => {
    const compiled = linearRegExp('^(a+)+$', 'u');
    expect(compiled).not.toBeInstanceOf(RegExp);
    expect(compiled.test(REDOS_INPUT)).toBe(false);
  });

  it('agrees with JavaScript on the patterns documents use', () => {
    const cases: Array<[string, string[]]> = [
      ['^[a-z0-9-]+$', ['abc-1', 'ABC', '', 'a b']],
      ['\\d{3}', ['12', 'x123y', '١٢٣']],
      ['^amq\\.gen-.+$', ['amq.gen-x', 'amqxgen-x']],
      ['[A-Z\\s]+\\/[A-Z\\s]+', ['AB / CD', 'ab/cd']],
      ['^(?<year>\\d{4})-\\d{2}$', ['2024-01', '24-01']],
      ['^\\p{Lu}', ['Émile', 'émile']],
      ['^[^@]+@[^@]+\\.[a-z]{2,}$', ['a@b.io', 'a@b']],
    ];
    for (const [pattern, inputs] of cases) {
      const native = new RegExp(pattern, 'u');
      for (const input of inputs) expect(linearRegExp(pattern, 'u').test(input), `${pattern} on ${input}`).toBe(native.test(input));
    }
  });

  it('refuses lookahead and backreferences with a reason, instead of running them', () => {
    const validate = createValidator({ kind: 'json-schema', jsonSchema: undefined, native: { type: 'string', pattern: '^(?=.*[A-Z]).{8,}$' } });
    const [violation] = validate('Password1');
    expect(violation?.message).toMatch(/^The schema cannot be used for validation: the pattern "\^\(\?=\.\*\[A-Z\]\)\.\{8,\}\$" cannot be checked safely/);
    expect(violation?.message).toContain('no lookahead or backreferences');
  });

  it('keeps the message lab responsive on the hostile example', () => {
    expectLinearEngine();
    const check = checkExample(JSON.stringify({ id: REDOS_INPUT }), {
      kind: 'json-schema',
      jsonSchema: undefined,
      native: { type: 'object', properties: { id: { type: 'string', pattern: '^(a+)+$' } } },
    });
    expect(check).toMatchObject({ state: 'checked', violations: [{ path: ['id'], message: 'must match pattern "^(a+)+$"', line: 1 }] });
  });

  it('lets the analysis of a 20-line ReDoS document finish with its example problem and the others', async () => {
    expectLinearEngine();
    const text = `asyncapi: 3.0.0
info:
  title: ReDoS
  version: 1.0.0
channels:
  c:
    address: c
    messages:
      m:
        payload:
          type: object
          properties:
            id: { type: string, pattern: '^(a+)+$' }
            count: { type: integer }
        examples:
          - payload: { id: "${REDOS_INPUT}", count: "three" }
operations:
  o: { action: send, channel: { $ref: '#/channels/c' } }
`;
    const outcome = await analyzeDocument(createParser(), text);
    expect(outcome.stage).toBe('parser');
    const examples = (await checkExamples(createParser({ rules: 'none' }), text)).filter((d) => d.code === 'message-example').map((d) => d.message);
    expect(examples).toEqual([
      expect.stringMatching(/at id: must match pattern "\^\(a\+\)\+\$"$/),
      expect.stringMatching(/at count: must be integer$/),
    ]);
  });

  it('lets the parser judge a 2.x ReDoS document (its example rule is off) and the example check report the example', async () => {
    expectLinearEngine();
    // No info.version: the document has a problem of its own, which must still be shown.
    const text = `asyncapi: 2.6.0
info:
  title: ReDoS
channels:
  c:
    publish:
      message:
        payload:
          type: object
          properties:
            id: { type: string, pattern: '^(a+)+$' }
        examples:
          - payload: { id: "${REDOS_INPUT}" }
`;
    const outcome = await analyzeDocument(createParser(), text);
    expect(outcome.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual(['"info" property must have required property "version"']);
    const examples = await checkExamples(createParser({ rules: 'none' }), text);
    expect(examples.map((d) => [d.severity, d.code, d.message])).toEqual([
      ['error', 'asyncapi2-message-examples', expect.stringMatching(/at id: must match pattern "\^\(a\+\)\+\$"$/)],
    ]);
  });
});
