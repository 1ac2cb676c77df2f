import type { Diagnostic, RelatedLocation } from '@/lib/analysis/diagnostic';
import { lineRange } from '@/lib/analysis/diagnostic';
import { formatPointer, valueAt } from '@/lib/jsonPointer/jsonPointer';
import type { RefClosure, RefEdge } from './refClosure';
import { pointerKeys, resolveRef } from './workspacePath';

interface Spot {
  file: string;
  pointer: string;
}

const keyOf = (spot: Spot) => `${spot.file}#${spot.pointer}`;
const labelOf = (spot: Spot) => (spot.pointer === '' ? spot.file : `${spot.file}#${spot.pointer}`);

function bareRef(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const ref = (value as Record<string, unknown>).$ref;
  return Object.keys(value).length === 1 && typeof ref === 'string' ? ref : undefined;
}

/** Where a ref written in `file` leads, when it stays among the loaded files. */
function stepFrom(closure: RefClosure, file: string, ref: string): Spot | undefined {
  const target = resolveRef(file, ref);
  if (target.kind === 'local') return { file, pointer: target.pointer };
  if (target.kind === 'file' && closure.files.has(target.path)) return { file: target.path, pointer: target.pointer };
  return undefined;
}

/**
 * $refs that lead, through other bare $refs only, back to themselves across files (a.yaml → b.yaml → a.yaml).
 * Such a chain resolves to nothing and @asyncapi/parser 3.6 never returns on it (it loops without yielding),
 * so the analysis stops before the parser, as syntaxCheck's `ref-cycle` does within one file.
 * Cycles inside one file are left to that file's own guard.
 */
export function findCrossFileCycles(closure: RefClosure): Diagnostic[] {
  const edgeAt = new Map<string, RefEdge>();
  for (const edge of closure.edges) edgeAt.set(keyOf({ file: edge.from, pointer: formatPointer(edge.at) }), edge);
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const edge of closure.edges) {
    let spot = stepFrom(closure, edge.from, edge.raw);
    const chain: Spot[] = [];
    while (spot && !chain.some((s) => keyOf(s) === keyOf(spot!)) && chain.length < 1000) {
      chain.push(spot);
      const ref = bareRef(valueAt(closure.files.get(spot.file)?.value, pointerKeys(spot.pointer)));
      spot = ref === undefined ? undefined : stepFrom(closure, spot.file, ref);
    }
    if (!spot || chain.length >= 1000) continue;
    const cycle = chain.slice(chain.findIndex((s) => keyOf(s) === keyOf(spot!)));
    if (new Set(cycle.map((s) => s.file)).size < 2) continue;
    const id = cycle.map(keyOf).sort().join('\n');
    if (reported.has(id)) continue;
    reported.add(id);
    // Each spot of the cycle holds a bare $ref; report at the one in the analysed document when there is one.
    const hops = cycle.map((s) => ({ spot: s, edge: edgeAt.get(keyOf(s)) }));
    const main = hops.find((h) => h.spot.file === closure.documentPath) ?? hops[0]!;
    const related: RelatedLocation[] = hops
      .filter((h) => h !== main && h.edge?.range)
      .map((h) => ({ file: h.spot.file, range: h.edge!.range!, message: `Part of the cycle: ${labelOf(h.spot)}` }));
    diagnostics.push({
      severity: 'error',
      code: 'ref-cycle',
      message: `Circular $ref across files with nothing in between: ${[...cycle, cycle[0]!].map(labelOf).join(' → ')}. It can never resolve to a value.`,
      range: main.edge?.range ?? lineRange(1),
      ...(main.spot.file === closure.documentPath ? {} : { file: main.spot.file }),
      ...(main.edge ? { path: main.edge.at } : {}),
      related,
    });
  }
  return diagnostics;
}
