import { useEffect } from 'react';
import { selectFileIdList } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { monaco } from './monacoSetup';
import { modelPath } from './modelPath';

/**
 * Frees the Monaco model (text, undo history, markers) of every document that is no longer open.
 * It runs after the commit, so the editor (a child, whose effects run first) has already moved to
 * the new active model and never sees its own model disposed.
 */
export function useModelCleanup(): void {
  const fileIds = useStudio(selectFileIdList);
  useEffect(() => {
    const open = new Set(fileIds.split('\n').map(modelPath));
    for (const model of monaco.editor.getModels()) {
      if (model.uri.scheme === 'inmemory' && model.uri.authority === 'doc' && !open.has(model.uri.toString())) model.dispose();
    }
  }, [fileIds]);
}
