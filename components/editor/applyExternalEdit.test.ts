// @vitest-environment jsdom
import { beforeAll, describe, expect, it } from 'vitest';
import type * as MonacoApi from 'monaco-editor/editor/editor.api';
import type { editor } from 'monaco-editor/editor/editor.api';
import { runAction } from '@/lib/edit/visualActions';
import type { VisualAction } from '@/lib/edit/visualActions';
import { readCorpus } from '@/lib/testing/corpus';
import { applyExternalEdit } from './applyExternalEdit';

type Monaco = typeof MonacoApi;
let monaco: Monaco;
// Loading Monaco takes seconds on a busy machine.
beforeAll(async () => {
  monaco = await import('monaco-editor/editor/editor.api');
}, 60_000);

const STREETLIGHTS = `# Streetlights: the comment above the channel must stay.
${readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml')}`;

function modelOf(text: string): editor.ITextModel {
  return monaco.editor.createModel(text, 'yaml');
}

function planned(text: string, action: VisualAction) {
  const outcome = runAction(text, action);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('an external edit applied to the editor’s model', () => {
  it('range edits change only their ranges, and one undo restores the text', () => {
    const model = modelOf(STREETLIGHTS);
    const edit = planned(STREETLIGHTS, { kind: 'ops', ops: [{ op: 'set', pointer: '/channels/lightTurnOn/address', value: 'lights.on' }] });
    const applied = applyExternalEdit(model, edit);
    expect(applied.how).toBe('ranges');
    expect(model.getValue()).toBe(edit.text);
    expect(model.getValue()).toContain('# Streetlights: the comment above the channel must stay.');
    // The change is shown where it landed.
    const line = edit.text.split('\n').findIndex((l) => l.includes('lights.on')) + 1;
    expect(applied.firstChange?.startLineNumber).toBe(line);
    model.undo();
    expect(model.getValue()).toBe(STREETLIGHTS);
    model.dispose();
  });

  it('an action of many edits (a rename with its references) is one undo step', () => {
    const model = modelOf(STREETLIGHTS);
    const edit = planned(STREETLIGHTS, { kind: 'rename', pointer: '/channels/lightTurnOn', name: 'lampOn' });
    expect(edit.edits.length).toBeGreaterThan(1);
    expect(applyExternalEdit(model, edit).how).toBe('ranges');
    expect(model.getValue()).toBe(edit.text);
    model.undo();
    expect(model.getValue()).toBe(STREETLIGHTS);
    model.redo();
    expect(model.getValue()).toBe(edit.text);
    model.dispose();
  });

  it('leaves what is outside the edited ranges in place (a marker on another line stays on it)', () => {
    const model = modelOf(STREETLIGHTS);
    const line = STREETLIGHTS.split('\n').indexOf('operations:') + 1;
    const [marker] = model.deltaDecorations([], [{ range: new monaco.Range(line, 1, line, 12), options: {} }]);
    const edit = planned(STREETLIGHTS, { kind: 'ops', ops: [{ op: 'set', pointer: '/info/title', value: 'Lamps' }] });
    applyExternalEdit(model, edit);
    // A whole-text replacement would have swept the marker to the end of the text.
    expect(model.getValueInRange(model.getDecorationRange(marker!)!)).toBe('operations:');
    model.dispose();
  });

  it('falls back to one whole-text replacement when the model no longer holds the planned-on text', () => {
    const model = modelOf(`${STREETLIGHTS}# typed meanwhile\n`);
    const edit = planned(STREETLIGHTS, { kind: 'ops', ops: [{ op: 'set', pointer: '/info/title', value: 'Lamps' }] });
    expect(applyExternalEdit(model, edit).how).toBe('replaced');
    expect(model.getValue()).toBe(edit.text);
    model.undo();
    expect(model.getValue()).toBe(`${STREETLIGHTS}# typed meanwhile\n`);
    model.dispose();
  });

  it('still replaces a whole text (a conversion) as one undo step, and does nothing when the text is there', () => {
    const model = modelOf('asyncapi: 2.6.0\n');
    expect(applyExternalEdit(model, { text: 'asyncapi: 3.0.0\n' }).how).toBe('replaced');
    expect(applyExternalEdit(model, { text: 'asyncapi: 3.0.0\n' }).how).toBe('unchanged');
    model.undo();
    expect(model.getValue()).toBe('asyncapi: 2.6.0\n');
    model.dispose();
  });
});
