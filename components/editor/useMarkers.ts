import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { toMarkers } from '@/lib/analysis/markers';
import { selectMarkerDiagnostics, selectShownSeverities } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';
import { monaco } from './monacoSetup';

/** Keeps Monaco's squiggles equal to the diagnostics the store shows in this file, in the severities the user keeps shown. */
export function useMarkers(instance: editor.IStandaloneCodeEditor | null): void {
  const store = useStudioStore();
  useEffect(() => {
    if (!instance) return;
    const apply = () => {
      const model = instance.getModel();
      if (!model) return;
      const state = store.getState();
      const shown = selectShownSeverities(state);
      monaco.editor.setModelMarkers(model, 'asyncapi', toMarkers(selectMarkerDiagnostics(state).filter((d) => shown[d.severity]), model.uri));
    };
    apply();
    // A tab switch shows another model: it gets the current diagnostics (none until its analysis answers).
    const modelListener = instance.onDidChangeModel(apply);
    const unsubscribe = store.subscribe(selectMarkerDiagnostics, apply);
    const unsubscribeShown = store.subscribe(selectShownSeverities, apply);
    return () => {
      modelListener.dispose();
      unsubscribe();
      unsubscribeShown();
    };
  }, [instance, store]);
}
