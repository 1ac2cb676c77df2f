import { useEffect, useRef, useState } from 'react';
import type { LabSchema } from '@/lib/messageLab/createValidator';
import type { ExampleCheck } from '@/lib/messageLab/checkExample';
import { useStudioStore } from '@/state/useStudio';

export interface LabCheckState {
  payload: ExampleCheck | null;
  headers: ExampleCheck | null;
  failure: string | null;
}

// Typing in the example should feel live, but not validate on every keystroke.
const CHECK_DELAY_MS = 150;

/** Validates the example texts in the lab worker; answers for older texts are dropped. */
export function useLabCheck(payloadText: string, headersText: string, payloadSchema?: LabSchema, headersSchema?: LabSchema): LabCheckState {
  const store = useStudioStore();
  const [state, setState] = useState<LabCheckState>({ payload: null, headers: null, failure: null });
  const revision = useRef(0);

  useEffect(() => {
    const version = ++revision.current;
    const timer = setTimeout(() => {
      void store
        .getState()
        .checkExample({ version, payloadText, headersText, payloadSchema, headersSchema })
        .then((outcome) => {
          if (version !== revision.current || outcome.kind === 'superseded') return;
          if (outcome.kind === 'done') setState({ payload: outcome.result.payload, headers: outcome.result.headers, failure: null });
          else setState((s) => ({ ...s, failure: outcome.reason }));
        });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, payloadText, headersText, payloadSchema, headersSchema]);

  return state;
}
