import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { runGovernance } from '../runGovernance';
import { toJsonReport } from './jsonReport';
import { toSarif } from './sarif';

// The published SARIF 2.1.0 schema (see testdata/sarif/README.md); draft-04, so Ajv's draft-04 build reads it.
const schema = JSON.parse(readFileSync(resolve(process.cwd(), 'testdata/sarif/sarif-schema-2.1.0.json'), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

const DOCUMENT = `asyncapi: 3.0.0
info:
  title: Streetlights
  version: 1.0.0
channels:
  Lights Out:
    address: Lights/Out
`;
const RULESET = { path: 'apis/.spectral.yaml', text: 'extends: spectral:asyncapi\nrules:\n  channel-description:\n    description: Channels say what they carry.\n    documentationUrl: https://example.com/rules#channel-description\n    given: $.channels.*\n    severity: error\n    then: { field: description, function: truthy }\n  bad:\n    given: $\n    then: { function: nope }\n' };

function report() {
  const outcome = runGovernance({ text: DOCUMENT, file: 'apis/street lights.yaml', customRuleset: RULESET });
  const parserProblem: Diagnostic = { severity: 'error', code: 'asyncapi-schema', message: 'A parser problem', range: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 5 } };
  const diagnostics = [...outcome.diagnostics, ...outcome.rulesetDiagnostics, parserProblem];
  return { outcome, diagnostics, input: { diagnostics, documentPath: 'apis/street lights.yaml', customRules: outcome.customRules, score: outcome.score, toolVersion: '0.1.0' } };
}

describe('reports', () => {
  it('SARIF output validates against the SARIF 2.1.0 JSON Schema', () => {
    const sarif = toSarif(report().input);
    const valid = validateSarif(JSON.parse(JSON.stringify(sarif)));
    expect(validateSarif.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema check is real: a broken log fails it', () => {
    const sarif = JSON.parse(JSON.stringify(toSarif(report().input)));
    sarif.runs[0].results[0].level = 'fatal';
    delete sarif.runs[0].tool.driver.name;
    expect(validateSarif(sarif)).toBe(false);
  });

  it('SARIF results carry file, line, rule id and level; rules are described once', () => {
    const { diagnostics, input } = report();
    const run = toSarif(input).runs[0]!;
    expect(run.results).toHaveLength(diagnostics.length);
    const custom = run.results.find((r) => r.ruleId === 'channel-description')!;
    expect(custom.level).toBe('error');
    expect(custom.locations[0]!.physicalLocation.artifactLocation.uri).toBe('apis/street%20lights.yaml');
    expect(custom.locations[0]!.physicalLocation.region.startLine).toBe(6);
    const rulesetProblem = run.results.find((r) => r.ruleId === 'ruleset-unknown-function')!;
    expect(rulesetProblem.locations[0]!.physicalLocation.artifactLocation.uri).toBe('apis/.spectral.yaml');
    const info = run.results.find((r) => r.ruleId === 'asyncapi-channel-description')!;
    expect(info.level).toBe('note');
    expect(new Set(run.tool.driver.rules.map((r) => r.id)).size).toBe(run.tool.driver.rules.length);
    const described = run.tool.driver.rules.find((r) => r.id === 'asyncapi-info-description')!;
    expect(described.help?.markdown).toContain('```yaml');
    expect(run.tool.driver.rules.find((r) => r.id === 'channel-description')!.helpUri).toBe('https://example.com/rules#channel-description');
    for (const result of run.results) expect(run.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
  });

  it('the JSON report lists every problem with file, line, rule id and severity, and the score', () => {
    const { diagnostics, input, outcome } = report();
    const json = toJsonReport(input);
    expect(json.problems).toHaveLength(diagnostics.length);
    expect(json.score).toEqual(outcome.score);
    expect(json.problems.find((p) => p.ruleId === 'channel-description')).toMatchObject({ file: 'apis/street lights.yaml', line: 6, severity: 'error', source: 'custom', pointer: '#/channels/Lights Out/description' });
    expect(json.summary.error).toBe(diagnostics.filter((d) => d.severity === 'error').length);
    const files = json.problems.map((p) => p.file);
    expect(files).toEqual([...files].sort());
  });
});
