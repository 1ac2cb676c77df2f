import { useEffect } from 'react';
import type { editor } from 'monaco-editor/editor/editor.api';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import { loadSpecSchema } from '@/lib/editorIntel/specSchemas';
import { selectFormat, selectSpecVersion } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';

/**
 * Gives Monaco's JSON worker the spec schema of a JSON document's own AsyncAPI version, for completion
 * and hover. Each definition is registered under its $id, so no schema is ever fetched.
 */
export function useJsonSpecSchema(instance: editor.IStandaloneCodeEditor | null): void {
  const format = useStudio(selectFormat);
  const version = useStudio(selectSpecVersion);
  useEffect(() => {
    const uri = instance?.getModel()?.uri.toString();
    if (!uri || format !== 'json') return;
    let cancelled = false;
    void loadSpecSchema(version ?? '3.0.0').then((root) => {
      if (cancelled) return;
      const definitions = Object.values(root.definitions ?? {}).map((schema) => ({ uri: String(schema.$id), schema }));
      jsonDefaults.setDiagnosticsOptions({
        validate: false,
        enableSchemaRequest: false,
        schemas: [{ uri: String(root.$id ?? 'asyncapi-root'), fileMatch: [uri], schema: root }, ...definitions],
      });
    });
    return () => {
      cancelled = true;
    };
  }, [instance, format, version]);
}
