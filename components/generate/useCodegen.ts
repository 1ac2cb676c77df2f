import { useEffect, useRef, useState } from 'react';
import type { CodegenOutcome, GeneratedFile } from '@/lib/codegen/codegenOutcome';
import type { CodegenOptions, LanguageId } from '@/lib/codegen/languages';
import { createCodegenClient } from '@/workers/codegenClient';
import type { CodegenClient } from '@/workers/codegenClient';

export interface CodegenState {
  /** The newest files, for the last valid version of the document. */
  files: GeneratedFile[];
  /** The document's title, for the zip's name. */
  title: string | undefined;
  warnings: string[];
  /** Why the latest run produced nothing (an option the language rejects, an unsupported construct, a crash, a timeout). */
  error: string | null;
  busy: boolean;
}

// Typing in an option (a package name) should not generate per keystroke; the runner keeps only the latest.
const OPTION_DELAY_MS = 250;

function apply(state: CodegenState, outcome: CodegenOutcome): CodegenState {
  if (outcome.ok) return { files: outcome.files, title: outcome.title, warnings: outcome.warnings, error: null, busy: false };
  // A failure must not leave another language's (or option's) files on screen.
  return { files: [], title: state.title, warnings: outcome.warnings, error: outcome.message, busy: false };
}

/**
 * Generates models of the last valid document (the analysis worker's JSON; it changes only when a new
 * version parsed) in the code-generation worker; answers for older requests are dropped.
 */
export function useCodegen(documentJson: string | undefined, language: LanguageId, options: CodegenOptions): CodegenState {
  const [state, setState] = useState<CodegenState>({ files: [], title: undefined, warnings: [], error: null, busy: true });
  const client = useRef<CodegenClient | null>(null);
  const revision = useRef(0);
  const lastDocument = useRef<string | undefined>(undefined);

  useEffect(() => {
    return () => {
      client.current?.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    if (documentJson === undefined) return;
    const version = ++revision.current;
    // A new document (or the first) answers at once; option edits wait for a pause.
    const delay = documentJson === lastDocument.current ? OPTION_DELAY_MS : 0;
    lastDocument.current = documentJson;
    const timer = setTimeout(() => {
      setState((s) => (s.busy ? s : { ...s, busy: true }));
      client.current ??= createCodegenClient(
        (response) => {
          if (response.version === revision.current) setState((s) => apply(s, response.result));
        },
        (failure) => {
          if (failure.version !== revision.current) return;
          const reason = failure.kind === 'timeout' ? 'Code generation took longer than a minute and was stopped; it runs again on the next change.' : failure.reason;
          setState((s) => ({ ...s, error: reason, busy: false }));
        },
      );
      client.current.generate({ version, documentJson, language, options });
    }, delay);
    return () => clearTimeout(timer);
  }, [documentJson, language, options]);

  return state;
}
