import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { CATALOGUE } from './catalogue';
import { runGovernance } from './runGovernance';

// The studio's CSP forbids eval and new Function. Node refuses them too with this flag (the `vm` module aside),
// so the governance code runs here exactly as strictly as in a worker under that CSP.
const FLAG = '--disallow-code-generation-from-strings';
const underFlag = process.env.NODE_OPTIONS?.includes(FLAG) === true;

const RULESET = `extends: [[spectral:asyncapi, all]]
aliases:
  Message: [$.components.messages.*]
rules:
  filters:
    given: "$.channels[?(@property === 'lightingMeasured' && !@null && @.address !== void 0)]"
    then: { field: x-owner, function: truthy }
  casing: { given: $.channels, then: { field: '@key', function: casing, functionOptions: { type: kebab } } }
  pattern: { given: $.info.title, then: { function: pattern, functionOptions: { match: '/^[a-z]/i', notMatch: Streetlights } } }
  length: { given: $.info.title, then: { function: length, functionOptions: { max: 3 } } }
  enumeration: { given: '$.servers.*.protocol', then: { function: enumeration, functionOptions: { values: [kafka] } } }
  alphabetical: { given: $.channels, then: { function: alphabetical } }
  schema:
    given: '#Message'
    then:
      function: schema
      functionOptions: { schema: { type: object, required: [description], properties: { payload: { type: object } } }, allErrors: true }
  xor: { given: '#Message', then: { function: xor, functionOptions: { properties: [title, name] } } }
  or: { given: '#Message', then: { function: or, functionOptions: { properties: [deprecated, externalDocs] } } }
  falsy: { given: $.info, then: { field: deprecated, function: falsy } }
  defined: { given: $.info, then: { field: termsOfService, function: defined } }
  undefined: { given: $.info, then: { field: title, function: undefined } }
  unreferenced: { given: $.components.schemas, resolved: false, then: { function: unreferencedReusableObject, functionOptions: { reusableObjectsLocation: '#/components/schemas' } } }
`;

describe.runIf(underFlag)('governance where code generation from strings is refused', () => {
  it('is really refused here', () => {
    expect(() => new Function('return 1')).toThrow(EvalError);
  });

  it('runs every catalogue rule and every core function, filters and aliases included', () => {
    const text = readCorpus('spec-examples/3.0.0/streetlights-mqtt-asyncapi.yml');
    // The flag leaves Node's vm alone, which jsonpath-plus's Node build would use for filters in its 'native' mode.
    const { Script } = vm;
    vm.Script = class {
      constructor() {
        throw new EvalError('vm.Script used');
      }
    } as unknown as typeof vm.Script;
    let outcome;
    try {
      outcome = runGovernance({ text, customRuleset: { path: '.spectral.yaml', text: RULESET } });
    } finally {
      vm.Script = Script;
    }
    expect(outcome.rulesetDiagnostics).toEqual([]);
    expect(outcome.crashed).toEqual([]);
    const custom = new Set(outcome.diagnostics.filter((d) => d.source === 'custom').map((d) => d.code));
    for (const code of ['filters', 'casing', 'pattern', 'length', 'enumeration', 'schema', 'xor', 'or', 'defined', 'undefined']) expect(custom, code).toContain(code);
    expect(outcome.rules.filter((rule) => rule.source === 'rules' && rule.severity !== 'off')).toHaveLength(CATALOGUE.length);
  });
});

describe.skipIf(underFlag)('governance never generates code', () => {
  it(`passes in a Node started with ${FLAG}`, () => {
    const vitest = resolve(process.cwd(), 'node_modules/vitest/vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', 'lib/governance/noCodeGeneration.test.ts'], {
      cwd: process.cwd(),
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${FLAG}`.trim() },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${run.stdout}\n${run.stderr}`.replace(/\u001b\[[0-9;]*m/g, '');
    expect(output).toMatch(/Tests\s+2 passed/);
    expect(run.status, output).toBe(0);
  }, 150_000);
});
