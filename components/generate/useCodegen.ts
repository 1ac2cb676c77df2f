import { useEffect, useRef, useState } from 'react';
import type { CodegenOutcome, GeneratedFile } from '@/lib/codegen/codegenOutcome';
import type { CodegenOptions, LanguageId } from '@/lib/codegen/languages';
import { useStudioStore } from '@/state/useStudio';

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

// Typing in an option (a package name) should not generate per keystroke; the worker keeps only the latest.
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
  const store = useStudioStore();
  const [state, setState] = useState<CodegenState>({ files: [], title: undefined, warnings: [], error: null, busy: true });
  const revision = useRef(0);
  const lastDocument = useRef<string | undefined>(undefined);

  useEffect(() => {
    if (documentJson === undefined) return;
    const version = ++revision.current;
    // A new document (or the first) answers at once; option edits wait for a pause.
    const delay = documentJson === lastDocument.current ? OPTION_DELAY_MS : 0;
    lastDocument.current = documentJson;
    const timer = setTimeout(() => {
      setState((s) => (s.busy ? s : { ...s, busy: true }));
      void store
        .getState()
        .generateCode(documentJson, language, options, version)
        .then((outcome) => {
          if (version !== revision.current || outcome.kind === 'superseded') return;
          if (outcome.kind === 'done') setState((s) => apply(s, outcome.result));
          else setState((s) => ({ ...s, error: outcome.reason, busy: false }));
        });
    }, delay);
    return () => clearTimeout(timer);
  }, [store, documentJson, language, options]);

  return state;
}
