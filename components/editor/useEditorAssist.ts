import { useEffect } from 'react';
import { useStudioStore } from '@/state/useStudio';
import { monaco } from './monacoSetup';
import { registerYamlAssist } from './registerYamlAssist';

/** Completion, hover and $ref navigation for the editor, answered through the store's assist action. */
export function useEditorAssist(): void {
  const store = useStudioStore();
  useEffect(() => {
    const registration = registerYamlAssist(monaco, (request) => store.getState().assist(request));
    return () => registration.dispose();
  }, [store]);
}
