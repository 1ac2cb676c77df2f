import { useEffect, useState } from 'react';
import type { Perspective } from '@/lib/convert/perspectives';
import { useStudioStore } from '@/state/useStudio';
import { convertClient } from '@/workers/convertClient';
import type { TextFormatName } from '@/workers/protocol';

export type ConversionPreview =
  | { state: 'idle' }
  | { state: 'converting' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; version: number; original: string; text: string; format: TextFormatName; warnings: string[] };

export interface ConversionChoice {
  target: string | undefined;
  perspective: Perspective;
  outputFormat: TextFormatName;
}

/** Converts the current text in the convert worker whenever the choice changes; nothing in the store changes. */
export function useConversionPreview({ target, perspective, outputFormat }: ConversionChoice): ConversionPreview {
  const store = useStudioStore();
  const key = `${target}|${perspective}|${outputFormat}`;
  // Each answer is kept with the choice it was made for; a different choice shows "Converting…" until its answer.
  const [answer, setAnswer] = useState<{ key: string; preview: ConversionPreview } | null>(null);

  useEffect(() => {
    if (!target) return;
    let current = true;
    const { text, version } = store.getState();
    void convertClient()
      .convert(version, { text, target, perspective, outputFormat })
      .then((outcome) => {
        if (!current || outcome.kind === 'superseded') return;
        const preview: ConversionPreview =
          outcome.kind === 'failed'
            ? { state: 'failed', message: outcome.reason }
            : outcome.result.ok
              ? { state: 'ready', version: outcome.version, original: text, ...outcome.result }
              : { state: 'failed', message: outcome.result.message };
        setAnswer({ key, preview });
      });
    return () => {
      current = false;
    };
  }, [store, key, target, perspective, outputFormat]);

  if (answer?.key === key) return answer.preview;
  return { state: target ? 'converting' : 'idle' };
}
