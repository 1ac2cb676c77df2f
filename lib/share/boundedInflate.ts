import { Inflate } from 'fflate';

// Input is fed this many bytes at a time. Raw deflate expands at most ~1032:1, so one step yields at
// most ~1 MB and a deflate bomb is stopped within a step of the cap instead of filling memory.
const INPUT_STEP = 1024;

export type InflateOutcome = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'bad-deflate' | 'too-large' };

/** Raw-deflate decompression that gives up as soon as the output passes `maxBytes`. Never throws. */
export function inflateBounded(data: Uint8Array, maxBytes: number): InflateOutcome {
  if (data.length === 0) return { ok: false, reason: 'bad-deflate' };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooLarge = false;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) tooLarge = true;
    else if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    for (let start = 0; start < data.length && !tooLarge; start += INPUT_STEP) {
      const end = Math.min(start + INPUT_STEP, data.length);
      inflater.push(data.subarray(start, end), end === data.length);
    }
  } catch {
    return { ok: false, reason: tooLarge ? 'too-large' : 'bad-deflate' };
  }
  if (tooLarge) return { ok: false, reason: 'too-large' };
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes };
}
