import { describe, expect, it } from 'vitest';
import { documentWith, govern, problemsOf } from './testing/governanceTestKit';

const UNDOCUMENTED_3 = `asyncapi: 3.1.0
info:
  title: Streetlights
  version: 1.0.0
channels:
  lighting:
    address: lighting/measured
    messages:
      measured:
        $ref: '#/components/messages/Measured'
  lightingCopy:
    address: lighting/copy
    messages:
      measured:
        $ref: '#/components/messages/Measured'
operations:
  receiveLight:
    action: receive
    channel:
      $ref: '#/channels/lighting'
components:
  messages:
    Measured:
      payload:
        type: object
`;

describe('the governance pass', () => {
  it('gives a 3.x document without descriptions, contact or summaries the warnings 2.x gets', () => {
    const codes = new Set(govern(UNDOCUMENTED_3).diagnostics.map((d) => d.code));
    for (const code of ['asyncapi-info-description', 'asyncapi-info-contact', 'asyncapi-info-license', 'asyncapi3-operation-description', 'asyncapi-message-summary']) {
      expect(codes).toContain(code);
    }
  });

  it('reports a message used by two channels once, where it is written', () => {
    const outcome = govern(UNDOCUMENTED_3);
    const summary = problemsOf(outcome, 'asyncapi-message-summary');
    expect(summary).toHaveLength(1);
    expect(summary[0]!.path).toEqual(['components', 'messages', 'Measured']);
    expect(summary[0]!.range.startLine).toBe(UNDOCUMENTED_3.split('\n').indexOf('    Measured:') + 1);
  });

  it('turning a rule off removes its problems; another severity changes them', () => {
    expect(problemsOf(govern(UNDOCUMENTED_3), 'asyncapi-info-contact')).toHaveLength(1);
    expect(problemsOf(govern(UNDOCUMENTED_3, { settings: { 'asyncapi-info-contact': 'off' } }), 'asyncapi-info-contact')).toEqual([]);
    expect(problemsOf(govern(UNDOCUMENTED_3, { settings: { 'asyncapi-info-contact': 'error' } }), 'asyncapi-info-contact')).toMatchObject([{ severity: 'error' }]);
    const states = govern(UNDOCUMENTED_3, { settings: { 'asyncapi-info-contact': 'off' } }).rules;
    expect(states.find((s) => s.id === 'asyncapi-info-contact')).toEqual({ id: 'asyncapi-info-contact', severity: 'off', source: 'rules' });
    expect(states.find((s) => s.id === 'asyncapi-info-license-url')?.severity).toBe('off');
  });

  it('the score rises when a description is added, in the documentation category', () => {
    const before = govern(UNDOCUMENTED_3).score;
    const described = UNDOCUMENTED_3.replace('  version: 1.0.0\n', '  version: 1.0.0\n  description: Measures the light of every streetlight.\n');
    const after = govern(described).score;
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.categories.documentation.score!).toBeGreaterThan(before.categories.documentation.score!);
    expect(after.categories.naming).toEqual(before.categories.naming);
    expect(after.categories.documentation.failures).toBe(before.categories.documentation.failures - 1);
  });

  it('scores a well-kept document higher than a bare one, and counts each value judged', () => {
    const bare = govern(documentWith('aas3', 'channels:\n  a:\n    address: a\n')).score;
    const kept = govern(
      documentWith(
        'aas3',
        `id: urn:example:lights
defaultContentType: application/json
info:
  description: Lights.
  contact: { name: Team, url: https://example.com, email: team@example.com }
  license: { name: Apache 2.0 }
  tags: [{ name: lights }]
servers:
  production: { host: broker.example.com, protocol: secure-mqtt, protocolVersion: '5', description: Main, security: [{ $ref: '#/components/securitySchemes/user' }] }
channels:
  a: { address: a, description: The a channel. }
components:
  securitySchemes:
    user: { type: userPassword, description: From the portal. }
`,
      ),
    ).score;
    expect(kept.score).toBe(100);
    expect(bare.score).toBeLessThan(kept.score);
    expect(bare.categories.documentation.checks).toBeGreaterThan(0);
  });

  it('does not run on unreadable text or on documents that are not AsyncAPI 2.x or 3.x', () => {
    expect(govern('asyncapi: 3.0.0\ninfo: [\n').skipped).toBe('unreadable');
    expect(govern('openapi: 3.0.0\n').skipped).toBe('not-asyncapi');
    expect(govern('asyncapi: 1.2.0\n').skipped).toBe('not-asyncapi');
  });

  it('writes the workspace path of the document into each problem', () => {
    const outcome = govern(UNDOCUMENTED_3, { file: 'apis/lights.yaml' });
    expect(outcome.diagnostics.length).toBeGreaterThan(0);
    expect(outcome.diagnostics.every((d) => d.file === 'apis/lights.yaml' && d.source === 'rules')).toBe(true);
  });

  it('reads JSON documents with their lines', () => {
    const json = JSON.stringify({ asyncapi: '3.0.0', info: { title: 'T', version: '1' }, channels: { a: { address: 'A/B' } } }, null, 2);
    const [style] = problemsOf(govern(json), 'asyncapi3-channel-address-style');
    expect(style!.range.startLine).toBe(json.split('\n').findIndex((line) => line.includes('"address"')) + 1);
  });
});
