import { useEffect, useRef, useState } from 'react';
import type { LabSchema } from '@/lib/messageLab/createValidator';
import type { ExampleCheck } from '@/lib/messageLab/checkExample';
import { createLabClient } from '@/workers/labClient';
import type { LabClient } from '@/workers/labClient';

export interface LabCheckState {
  payload: ExampleCheck | null;
  headers: ExampleCheck | null;
  failure: string | null;
}

// Typing in the example should feel live, but not validate on every keystroke.
const CHECK_DELAY_MS = 150;

/** Validates the example texts in the lab worker; answers for older texts are dropped. */
export function useLabCheck(payloadText: string, headersText: string, payloadSchema?: LabSchema, headersSchema?: LabSchema): LabCheckState {
  const [state, setState] = useState<LabCheckState>({ payload: null, headers: null, failure: null });
  const client = useRef<LabClient | null>(null);
  const revision = useRef(0);

  useEffect(() => {
    return () => {
      client.current?.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    const version = ++revision.current;
    const timer = setTimeout(() => {
      client.current ??= createLabClient(
        (response) => {
          if (response.version === revision.current) setState({ payload: response.payload, headers: response.headers, failure: null });
        },
        (failure) => {
          if (failure.version === revision.current) setState((s) => ({ ...s, failure: failure.reason }));
        },
      );
      client.current.check({ version, payloadText, headersText, payloadSchema, headersSchema });
    }, CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [payloadText, headersText, payloadSchema, headersSchema]);

  return state;
}
