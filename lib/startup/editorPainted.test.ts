import { describe, expect, it } from 'vitest';
import { editorPainted, markEditorPainted } from './editorPainted';

const settledWithin = (promise: Promise<void>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms))]);

describe('the editor\'s first paint, as a moment to wait for', () => {
  it('waits at most its fallback while the editor has not painted, and no longer once it has', async () => {
    // Not painted yet: the long fallback holds, the short one lets go.
    expect(await settledWithin(editorPainted(10_000), 30)).toBe(false);
    expect(await settledWithin(editorPainted(5), 200)).toBe(true);
    const waiting = editorPainted(10_000);
    markEditorPainted();
    expect(await settledWithin(waiting, 30)).toBe(true);
    expect(await settledWithin(editorPainted(10_000), 30)).toBe(true);
  });
});
