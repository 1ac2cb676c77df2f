import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonValue } from '@/lib/edit/editOps';
import type { FormField } from '@/lib/edit/formModel';
import { useStudioStore } from '@/state/useStudio';

/** A pause in typing before the value is checked in the worker. */
const CHECK_DELAY_MS = 250;

/**
 * Checks a field's value against the specification's schemas for it as the user types (in the edit
 * worker: Ajv compiles code). Returns the messages for the latest value and a function to check one.
 */
export function useFieldCheck(field: Pick<FormField, 'schemas'>): { messages: string[]; check: (value: JsonValue | undefined) => void; reset: () => void } {
  const store = useStudioStore();
  const [messages, setMessages] = useState<string[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(0);
  const schemas = field.schemas;

  const reset = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    latest.current++;
    setMessages([]);
  }, []);

  const check = useCallback(
    (value: JsonValue | undefined) => {
      if (timer.current) clearTimeout(timer.current);
      const request = ++latest.current;
      if (value === undefined || schemas.length === 0) {
        setMessages([]);
        return;
      }
      timer.current = setTimeout(() => {
        void store.getState().checkField(schemas, value).then((violations) => {
          if (violations === null || request !== latest.current) return;
          setMessages(violations.map((v) => (v.path.length > 0 ? `${v.path.join('.')}: ${v.message}` : v.message)));
        });
      }, CHECK_DELAY_MS);
    },
    [schemas, store],
  );

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  return { messages, check, reset };
}
