import { describe, expect, it } from 'vitest';
import { toMarkers } from './markers';
import { fromParserDiagnostic } from './analyzeDocument';

describe('diagnostics to Monaco markers', () => {
  it('turns the parser’s 0-based ranges into 1-based markers with Monaco’s severities', () => {
    const diagnostic = fromParserDiagnostic({
      code: 'asyncapi3-operation-action',
      message: 'bad action',
      path: ['operations', 'a', 'action'],
      severity: 0,
      range: { start: { line: 9, character: 4 }, end: { line: 9, character: 19 } },
    });
    expect(diagnostic.range).toEqual({ startLine: 10, startColumn: 5, endLine: 10, endColumn: 20 });
    expect(toMarkers([diagnostic])).toEqual([
      {
        severity: 8,
        message: 'bad action',
        source: 'AsyncAPI',
        code: 'asyncapi3-operation-action',
        startLineNumber: 10,
        startColumn: 5,
        endLineNumber: 10,
        endColumn: 20,
      },
    ]);
  });

  it('maps every severity and widens empty ranges so a squiggle shows', () => {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const markers = toMarkers([0, 1, 2, 3].map((severity) => fromParserDiagnostic({ code: 'c', message: 'm', path: [], severity, range: at })));
    expect(markers.map((m) => m.severity)).toEqual([8, 4, 2, 1]);
    expect(markers[0]!.endColumn).toBeGreaterThan(markers[0]!.startColumn);
  });
});

describe('related locations', () => {
  it('become related information on the model’s own resource, and only with one', () => {
    const range = { startLine: 3, startColumn: 1, endLine: 3, endColumn: 5 };
    const use = { startLine: 9, startColumn: 7, endLine: 9, endColumn: 30 };
    const diagnostic = { severity: 'error' as const, code: 'c', message: 'm', range, related: [{ range: use, message: 'Used here' }, { file: 'other.yaml', range: use, message: 'elsewhere' }] };
    expect(toMarkers([diagnostic])[0]!.relatedInformation).toBeUndefined();
    expect(toMarkers([diagnostic], 'inmemory://model/1')[0]!.relatedInformation).toEqual([
      { resource: 'inmemory://model/1', message: 'Used here', startLineNumber: 9, startColumn: 7, endLineNumber: 9, endColumn: 30 },
    ]);
  });
});
