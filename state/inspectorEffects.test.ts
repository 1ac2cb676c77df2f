import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { startInspectorEffects } from './inspectorEffects';
import { createStudioStore } from './store';
import { active } from './testing';
import { servicesWithEdit } from './testEditServices';

const STREETLIGHTS = readCorpus('spec-examples/3.1.0/streetlights-kafka-asyncapi.yml');

describe('the inspector follows the active file', () => {
  it('asks for the form again after the text changed, and clears when another file is shown', async () => {
    const { services, lanes } = servicesWithEdit();
    const store = createStudioStore(STREETLIGHTS, { services });
    const stop = startInspectorEffects(store, 0);
    const first = store.getState().inspect({ pointer: '/channels/lightTurnOn' });
    await lanes.inspect.answerNext();
    await first;
    store.getState().editText(STREETLIGHTS.replace('lightTurnOn:\n    address:', 'lightTurnOn:\n    title: On\n    address:'));
    // The refresh asks for the same object at the new version.
    await lanes.inspect.answerNext();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const inspector = store.getState().inspector!;
    expect(inspector.version).toBe(active(store).version);
    expect(inspector.form?.fields.find((f) => f.name === 'title')?.value).toBe('On');
    store.getState().openDocument('asyncapi: 3.1.0\n', 'other.yaml');
    expect(store.getState().inspector).toBeNull();
    stop();
  });
});
