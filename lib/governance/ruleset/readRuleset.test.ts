import { describe, expect, it } from 'vitest';
import { govern, problemsOf } from '../testing/governanceTestKit';
import { readRuleset } from './readRuleset';

const DOCUMENT = `asyncapi: 3.0.0
info:
  title: Streetlights
  version: 1.0.0
  description: Turns streetlights on and off.
channels:
  lightingMeasured:
    address: smartylighting/streetlights/{streetlightId}/lighting/measured
    messages:
      lightMeasured:
        $ref: '#/components/messages/LightMeasured'
  TurnOn:
    address: turnOn
operations:
  receiveLightMeasurement:
    action: receive
    channel:
      $ref: '#/channels/lightingMeasured'
components:
  messages:
    LightMeasured:
      name: lightMeasured
      payload:
        type: object
`;

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(text: string, needle: string): number {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  if (index === -1) throw new Error(`"${needle}" is not in the text`);
  return index + 1;
}

const RULESET_PATH = 'apis/.spectral.yaml';

describe('custom rulesets', () => {
  it('runs its rules and reports their problems at the lines of the document', () => {
    const ruleset = `rules:
  channel-keys-camel-case:
    description: Channel keys are camelCase.
    message: 'Channel "{{property}}" {{error}}'
    severity: error
    given: $.channels
    then:
      field: '@key'
      function: casing
      functionOptions:
        type: camel
  message-name-pascal:
    description: Message names are PascalCase.
    given:
      - $.components.messages.*.name
    then:
      function: pattern
      functionOptions:
        match: '^[A-Z]'
  operations-need-summary:
    given: $.operations.*
    severity: 1
    then:
      - field: summary
        function: truthy
`;
    const outcome = govern(DOCUMENT, { file: 'apis/streetlights.yaml', customRuleset: { path: RULESET_PATH, text: ruleset } });
    expect(outcome.rulesetDiagnostics).toEqual([]);

    const casing = problemsOf(outcome, 'channel-keys-camel-case');
    expect(casing).toHaveLength(1);
    expect(casing[0]).toMatchObject({ severity: 'error', source: 'custom', file: 'apis/streetlights.yaml', message: 'Channel "TurnOn" must be camel case' });
    expect(casing[0]!.range.startLine).toBe(lineOf(DOCUMENT, 'TurnOn:'));

    const naming = problemsOf(outcome, 'message-name-pascal');
    expect(naming).toHaveLength(1);
    // No message template: Spectral shows the description.
    expect(naming[0]).toMatchObject({ severity: 'warning', message: 'Message names are PascalCase.' });
    expect(naming[0]!.range.startLine).toBe(lineOf(DOCUMENT, 'name: lightMeasured'));

    const summary = problemsOf(outcome, 'operations-need-summary');
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ severity: 'warning', message: '"summary" property must be truthy' });
    expect(summary[0]!.range.startLine).toBe(lineOf(DOCUMENT, 'receiveLightMeasurement:'));
  });

  it('reads JSON rulesets too, and fills every message placeholder', () => {
    const ruleset = JSON.stringify(
      {
        rules: {
          'address-lower-case': {
            description: 'Addresses are lower case',
            message: '{{description}}: {{value}} at {{path}} ({{property}}) — {{error}}',
            given: '$.channels.*.address',
            then: { function: 'pattern', functionOptions: { notMatch: '/^[a-z]+[A-Z]/' } },
          },
        },
      },
      null,
      2,
    );
    const [problem] = problemsOf(govern(DOCUMENT, { customRuleset: { path: '.spectral.json', text: ruleset } }), 'address-lower-case');
    expect(problem!.message).toBe('Addresses are lower case: turnOn at #/channels/TurnOn/address (address) — "turnOn" must not match the pattern "/^[a-z]+[A-Z]/"');
    expect(problem!.range.startLine).toBe(lineOf(DOCUMENT, 'address: turnOn'));
  });

  it('applies formats, severities by name and number, and skips rules of other versions', () => {
    const ruleset = `formats: [aas2]
rules:
  only-two:
    given: $
    severity: hint
    then: { field: info.contact, function: truthy }
  only-three:
    formats: [asyncapi3]
    given: $
    severity: 3
    then: { field: info.contact, function: truthy }
`;
    const outcome = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text: ruleset } });
    expect(problemsOf(outcome, 'only-two')).toEqual([]);
    expect(problemsOf(outcome, 'only-three')).toMatchObject([{ severity: 'hint' }]);
  });

  it('supports simple and scoped aliases', () => {
    const ruleset = `aliases:
  Channel:
    - $.channels.*
  Message:
    targets:
      - formats: [aas3]
        given: [$.components.messages.*]
rules:
  channel-description:
    given: '#Channel'
    then: { field: description, function: truthy }
  message-title:
    given: '#Message'
    then: { field: title, function: truthy }
`;
    const outcome = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text: ruleset } });
    expect(outcome.rulesetDiagnostics).toEqual([]);
    expect(problemsOf(outcome, 'channel-description')).toHaveLength(2);
    expect(problemsOf(outcome, 'message-title')).toHaveLength(1);
  });

  it('turns catalogue rules off, changes their severity, and keeps the workspace settings last', () => {
    const ruleset = `extends: spectral:asyncapi
rules:
  asyncapi-info-contact: off
  asyncapi-id: error
  asyncapi-3-tags: false
  asyncapi-defaultContentType:
    severity: hint
`;
    const plain = govern(DOCUMENT);
    expect(problemsOf(plain, 'asyncapi-info-contact')).toHaveLength(1);
    expect(problemsOf(plain, 'asyncapi3-tags')).toHaveLength(1);

    const outcome = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text: ruleset } });
    expect(outcome.rulesetDiagnostics).toEqual([]);
    expect(problemsOf(outcome, 'asyncapi-info-contact')).toEqual([]);
    // Spectral's own id for the rule reaches the studio's.
    expect(problemsOf(outcome, 'asyncapi3-tags')).toEqual([]);
    expect(problemsOf(outcome, 'asyncapi-id')).toMatchObject([{ severity: 'error', source: 'rules' }]);
    expect(problemsOf(outcome, 'asyncapi-defaultContentType')).toMatchObject([{ severity: 'hint' }]);

    const settled = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text: ruleset }, settings: { 'asyncapi-id': 'off', 'asyncapi-info-contact': 'info' } });
    expect(problemsOf(settled, 'asyncapi-id')).toEqual([]);
    expect(problemsOf(settled, 'asyncapi-info-contact')).toMatchObject([{ severity: 'info' }]);
  });

  it('extends the catalogue with all rules, or none', () => {
    const all = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text: 'extends: [[spectral:asyncapi, all]]\n' } });
    expect(problemsOf(all, 'asyncapi-info-license-url')).toHaveLength(1);
    const none = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text: "extends: [[spectral:asyncapi, off]]\nrules:\n  asyncapi-id: warn\n" } });
    expect(none.diagnostics.map((d) => d.code)).toEqual(['asyncapi-id']);
  });

  it('rewrites a catalogue rule with its own given/then, which then counts as custom', () => {
    const ruleset = `extends: spectral:asyncapi
rules:
  asyncapi-info-description:
    then:
      field: info.description
      function: length
      functionOptions: { min: 100 }
`;
    const outcome = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text: ruleset } });
    expect(problemsOf(outcome, 'asyncapi-info-description')).toMatchObject([{ source: 'custom', message: 'Info "description" should be present and non-empty string.' }]);
  });
});

describe('mistakes in a ruleset', () => {
  function problems(text: string) {
    return readRuleset(RULESET_PATH, text).diagnostics;
  }

  it('reports broken YAML at its line', () => {
    const [problem] = problems('rules:\n  a:\n    given: $\n   then: [\n');
    expect(problem).toMatchObject({ code: 'ruleset-syntax', severity: 'error', file: RULESET_PATH, source: 'custom' });
    expect(problem!.range.startLine).toBeGreaterThanOrEqual(3);
  });

  it('reports an unknown function, bad options and a bad JSONPath at their lines, and still runs the good rules', () => {
    const text = `rules:
  good:
    given: $.info
    then: { field: contact, function: truthy }
  unknown-function:
    given: $.info
    then:
      function: isAwesome
  bad-options:
    given: $.info
    then:
      function: casing
      functionOptions:
        type: shouty
  missing-options:
    given: $.info
    then:
      function: pattern
  bad-path:
    given: $.channels[?(@.a ===
    then:
      function: truthy
  options-on-truthy:
    given: $.info
    then:
      function: truthy
      functionOptions: { strict: true }
`;
    const found = problems(text);
    const at = (code: string) => found.filter((d) => d.code === code).map((d) => d.range.startLine);
    expect(at('ruleset-unknown-function')).toEqual([lineOf(text, 'isAwesome')]);
    expect(at('ruleset-function-options')).toEqual([lineOf(text, 'type: shouty'), lineOf(text, 'function: pattern'), lineOf(text, 'strict: true')]);
    expect(at('ruleset-invalid-jsonpath')).toEqual([lineOf(text, '$.channels[?(@.a ===')]);
    expect(found.every((d) => d.file === RULESET_PATH && d.source === 'custom' && d.severity === 'error')).toBe(true);
    expect(found.find((d) => d.code === 'ruleset-function-options')!.message).toBe('"casing" function and its "type" option accepts only the following values: flat, camel, pascal, kebab, cobol, snake, macro');

    const outcome = govern(DOCUMENT, { customRuleset: { path: RULESET_PATH, text } });
    expect(outcome.diagnostics.filter((d) => d.source === 'custom').map((d) => d.code)).toEqual(['good']);
  });

  it('reports overrides of unknown rules, unknown severities and formats, and what the studio does not run', () => {
    const text = `extends:
  - spectral:oas
functions: [myFunction]
rules:
  no-such-rule: off
  asyncapi-info-contact: warn
  rule-with-bad-severity:
    given: $
    severity: loud
    then: { function: truthy }
  rule-with-bad-format:
    given: $
    formats: [oas3]
    then: { function: truthy }
`;
    const found = problems(text);
    const codeAt = (code: string) => found.filter((d) => d.code === code).map((d) => [d.range.startLine, d.severity]);
    expect(codeAt('ruleset-unsupported')).toEqual([
      [lineOf(text, 'spectral:oas'), 'warning'],
      [lineOf(text, 'functions:'), 'warning'],
    ]);
    expect(codeAt('ruleset-unknown-rule')).toEqual([
      [lineOf(text, 'no-such-rule'), 'error'],
      // A catalogue rule, but the ruleset does not extend the catalogue.
      [lineOf(text, 'asyncapi-info-contact: warn'), 'error'],
    ]);
    expect(found.find((d) => d.code === 'ruleset-unknown-rule' && d.message.includes('asyncapi-info-contact'))!.message).toContain('extends: spectral:asyncapi');
    expect(codeAt('ruleset-invalid')).toEqual([[lineOf(text, 'severity: loud'), 'error']]);
    expect(codeAt('ruleset-unknown-format')).toEqual([[lineOf(text, 'oas3'), 'error']]);
  });

  it('reports a rule without given or then', () => {
    const text = 'rules:\n  half-rule:\n    description: Nothing to run\n';
    expect(problems(text)).toMatchObject([{ code: 'ruleset-invalid', range: { startLine: 2 } }]);
  });
});
