import { useEffect, useRef, useState } from 'react';
import type { CodegenOutcome, GeneratedFile } from '@/lib/codegen/codegenOutcome';
import type { CodegenOptions, LanguageId } from '@/lib/codegen/languages';
import { createCodegenClient } from '@/workers/codegenClient';
import type { CodegenClient } from '@/workers/codegenClient';

export interface CodegenState {
  /** The newest files; kept while the document is broken, so the view does not go blank. */
  files: GeneratedFile[];
  /** The document's title, for the zip's name. */
  title: string | undefined;
  warnings: string[];
  /** Why the latest run produced nothing new (invalid document, unsupported construct, crash, timeout). */
  error: string | null;
  busy: boolean;
}

// Regenerating on every keystroke of a large document would only queue work; the runner keeps the latest.
const GENERATE_DELAY_MS = 400;

function apply(state: CodegenState, outcome: CodegenOutcome): CodegenState {
  if (outcome.ok) return { files: outcome.files, title: outcome.title, warnings: outcome.warnings, error: null, busy: false };
  // A new language or option with a failure must not show another language's files.
  return { files: outcome.invalidDocument ? state.files : [], title: state.title, warnings: outcome.warnings, error: outcome.message, busy: false };
}

/** Generates models for the text in the code-generation worker; answers for older requests are dropped. */
export function useCodegen(text: string, language: LanguageId, options: CodegenOptions): CodegenState {
  const [state, setState] = useState<CodegenState>({ files: [], title: undefined, warnings: [], error: null, busy: true });
  const client = useRef<CodegenClient | null>(null);
  const revision = useRef(0);
  const lastSetting = useRef('');

  useEffect(() => {
    return () => {
      client.current?.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    const version = ++revision.current;
    // A new language or option answers at once; only typing waits for a pause.
    const setting = JSON.stringify([language, options]);
    const delay = setting === lastSetting.current ? GENERATE_DELAY_MS : 0;
    lastSetting.current = setting;
    const timer = setTimeout(() => {
      setState((s) => (s.busy ? s : { ...s, busy: true }));
      client.current ??= createCodegenClient(
        (response) => {
          if (response.version === revision.current) setState((s) => apply(s, response.result));
        },
        (failure) => {
          if (failure.version === revision.current) setState((s) => ({ ...s, error: failure.reason, busy: false }));
        },
      );
      client.current.generate({ version, text, language, options });
    }, delay);
    return () => clearTimeout(timer);
  }, [text, language, options]);

  return state;
}
