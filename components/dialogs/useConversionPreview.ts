import { useEffect, useState } from 'react';
import type { DocumentFormat } from '@/lib/analysis/documentFormat';
import type { Perspective } from '@/lib/convert/perspectives';
import type { ConversionAnswer } from '@/state/jobsSlice';
import { useStudioStore } from '@/state/useStudio';

export type ConversionPreview = { state: 'idle' } | { state: 'converting' } | ConversionAnswer;

export interface ConversionChoice {
  target: string | undefined;
  perspective: Perspective;
  outputFormat: DocumentFormat;
}

/** Converts the active file in the convert worker whenever the choice changes; nothing in the store changes. */
export function useConversionPreview({ target, perspective, outputFormat }: ConversionChoice): ConversionPreview {
  const store = useStudioStore();
  const key = `${target}|${perspective}|${outputFormat}`;
  // Each answer is kept with the choice it was made for; a different choice shows "Converting…" until its answer.
  const [answer, setAnswer] = useState<{ key: string; preview: ConversionPreview } | null>(null);

  useEffect(() => {
    if (!target) return;
    let current = true;
    void store
      .getState()
      .convertActive({ target, perspective, outputFormat })
      .then((preview) => {
        if (current && preview) setAnswer({ key, preview });
      });
    return () => {
      current = false;
    };
  }, [store, key, target, perspective, outputFormat]);

  if (answer?.key === key) return answer.preview;
  return { state: target ? 'converting' : 'idle' };
}
