import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { MIGRATED_DOCUMENT_ID, restoreWorkspaceRecord, WORKSPACE_FORMAT_VERSION } from './workspaceRecord';
import type { RestoreResult, WorkspaceRecord } from './workspaceRecord';

const text = readCorpus('spec-examples/3.0.0/mercure-asyncapi.yml');
const NOW = 1_700_000_000_000;

function record(overrides: Partial<WorkspaceRecord> = {}): WorkspaceRecord {
  return {
    formatVersion: WORKSPACE_FORMAT_VERSION,
    documents: [
      { id: 'a', name: 'a.yaml', text, cursor: { line: 3, column: 5 }, updatedAt: 10, revision: 4 },
      { id: 'b', name: 'b.yaml', text: 'asyncapi: 2.6.0', updatedAt: 20, revision: 1 },
    ],
    activeId: 'b',
    savedAt: 30,
    ...overrides,
  };
}

function expectKeptAside(result: RestoreResult, raw: unknown): string {
  if (result.ok) throw new Error('expected the record to be kept aside');
  expect(result.keptAside).toBe(raw);
  return result.reason;
}

describe('restoreWorkspaceRecord', () => {
  it('returns a current record unchanged, and survives a JSON round trip', () => {
    const current = record();
    expect(restoreWorkspaceRecord(current, NOW)).toEqual({ ok: true, record: current });
    expect(restoreWorkspaceRecord(JSON.parse(JSON.stringify(current)), NOW)).toEqual({ ok: true, record: current });
  });

  it('migrates format 0 ({ text, savedAt? }) to one document', () => {
    expect(restoreWorkspaceRecord({ text, savedAt: 5 }, NOW)).toEqual({
      ok: true,
      migratedFrom: 0,
      record: {
        formatVersion: 1,
        documents: [{ id: MIGRATED_DOCUMENT_ID, name: 'asyncapi.yaml', text, updatedAt: 5, revision: 0 }],
        activeId: MIGRATED_DOCUMENT_ID,
        savedAt: 5,
      },
    });
    const undated = restoreWorkspaceRecord({ text: '' }, NOW);
    expect(undated.ok && undated.record.savedAt).toBe(NOW);
  });

  it('keeps a newer format aside, untouched', () => {
    const newer = { ...record(), formatVersion: 2, tabs: [] };
    expect(expectKeptAside(restoreWorkspaceRecord(newer, NOW), newer)).toMatch(/newer version.*format 2/);
  });

  it('keeps broken records aside with a reason', () => {
    const cases: unknown[] = [
      null,
      42,
      'text',
      [],
      {},
      { text: 7 },
      { formatVersion: 'one' },
      { formatVersion: 1, documents: [] },
      { formatVersion: 1, documents: 'x' },
      record({ documents: [{ id: 'a', name: 'a', updatedAt: 1, revision: 0 } as never] }),
      record({ documents: [record().documents[0]!, record().documents[0]!] }),
    ];
    for (const raw of cases) expect(expectKeptAside(restoreWorkspaceRecord(raw, NOW), raw)).toBeTypeOf('string');
  });

  it('repairs what is not the user data: cursor, timestamps, revision, active id', () => {
    const raw = {
      formatVersion: 1,
      documents: [{ id: 'a', name: 'a', text: 'x', cursor: { line: 0, column: 'z' }, updatedAt: -1, revision: 1.5 }],
      activeId: 'gone',
      savedAt: Number.NaN,
    };
    expect(restoreWorkspaceRecord(raw, NOW)).toEqual({
      ok: true,
      record: {
        formatVersion: 1,
        documents: [{ id: 'a', name: 'a', text: 'x', updatedAt: NOW, revision: 0 }],
        activeId: 'a',
        savedAt: NOW,
      },
    });
  });

  it('does not let __proto__ keys pollute prototypes or smuggle fields', () => {
    const raw: unknown = JSON.parse(
      '{"__proto__":{"polluted":true,"text":"evil"},"formatVersion":1,"documents":[{"__proto__":{"polluted":true},"id":"__proto__","name":"n","text":"t","updatedAt":1,"revision":0,"cursor":{"__proto__":{"line":1,"column":1}}}],"activeId":"__proto__","savedAt":2}',
    );
    const result = restoreWorkspaceRecord(raw, NOW);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (!result.ok) throw new Error(result.reason);
    const doc = result.record.documents[0]!;
    expect(Object.getPrototypeOf(doc)).toBe(Object.prototype);
    expect(doc).toEqual({ id: '__proto__', name: 'n', text: 't', updatedAt: 1, revision: 0 });
    expect(result.record.activeId).toBe('__proto__');
    // An inherited field is not a stored field.
    expect(restoreWorkspaceRecord(JSON.parse('{"__proto__":{"text":"evil"}}'), NOW).ok).toBe(false);
    expect(restoreWorkspaceRecord(Object.create({ text: 'inherited' }), NOW).ok).toBe(false);
  });

  it('never throws, even on throwing getters and proxies', () => {
    const trap = new Proxy({}, { get: () => { throw new Error('trap'); }, getOwnPropertyDescriptor: () => { throw new Error('trap'); } });
    expect(restoreWorkspaceRecord(trap, NOW).ok).toBe(false);
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (raw) => {
        const result = restoreWorkspaceRecord(raw, NOW);
        if (result.ok) expect(result.record.documents.length).toBeGreaterThan(0);
        else expect(result.keptAside).toBe(raw);
      }),
      { numRuns: 500 },
    );
  });

  it('restores every record it could have written (round trip over arbitrary records)', () => {
    const positive = fc.integer({ min: 1, max: 1_000_000 });
    const doc = fc.record(
      {
        id: fc.string({ minLength: 1 }),
        name: fc.string(),
        text: fc.string({ unit: 'grapheme' }),
        cursor: fc.record({ line: positive, column: positive }),
        updatedAt: fc.nat(),
        revision: fc.nat(),
      },
      { requiredKeys: ['id', 'name', 'text', 'updatedAt', 'revision'] },
    );
    const arbitraryRecord = fc
      .uniqueArray(doc, { minLength: 1, maxLength: 5, selector: (d) => d.id })
      .chain((documents) =>
        fc.record({
          formatVersion: fc.constant(WORKSPACE_FORMAT_VERSION),
          documents: fc.constant(documents),
          activeId: fc.constantFrom(...documents.map((d) => d.id)),
          savedAt: fc.nat(),
        }),
      );
    fc.assert(
      fc.property(arbitraryRecord, (current) => {
        expect(restoreWorkspaceRecord(structuredClone(current), NOW)).toEqual({ ok: true, record: current });
      }),
    );
  });
});
