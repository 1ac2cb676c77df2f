import type { Diagnostic as ParserDiagnostic } from '@asyncapi/parser';
import type { Diagnostic, RelatedLocation } from '@/lib/analysis/diagnostic';
import { lineRange, positionAt, SEVERITY_RANK } from '@/lib/analysis/diagnostic';
import { fromParserDiagnostic } from '@/lib/analysis/analyzeDocument';
import type { RefClosure, RefEdge } from './refClosure';
import { fromParserUri, pointerKeys, toParserUri, WORKSPACE_ROOT } from './workspacePath';

const MAX_RELATED = 20;

/**
 * Places parser diagnostics in the file they are about: Spectral reports problems inside a referenced file
 * with that file's URI as `source` and a range in that file. Problems inside a fetched document go to the
 * $ref that pulls it in. A pointer missing from a file ("'#/x' does not exist @ '…'") comes without a usable
 * range: it is put on the $ref that names it. Consequences of a ref the studio refused (already reported at
 * that ref) are dropped (undefined).
 */
export function parserDiagnosticPlacer(closure: RefClosure, refused: ReadonlySet<string>): (d: ParserDiagnostic) => Diagnostic | undefined {
  const used = new Set<RefEdge>();
  const fileOf = (source: string | undefined) => (source === undefined ? closure.documentPath : fromParserUri(source));

  /** The next $ref, written in `from`, that points at `pointer` of the file behind `uri`. */
  const refNaming = (from: string, uri: string, pointer: string): RefEdge | undefined => {
    const target = fromParserUri(uri);
    return closure.edges.find(
      (e) =>
        !used.has(e) &&
        e.from === from &&
        ((e.target.kind === 'file' && e.target.path === target && e.target.pointer === pointer) ||
          (e.target.kind === 'local' && from === target && e.target.pointer === pointer)),
    );
  };

  /** A local pointer missing inside some file: the parser names the document as source, but its path is the $ref's, in that file. */
  const localRefAt = (pointer: string, path: ReadonlyArray<string | number>): RefEdge | undefined => {
    const at = path[path.length - 1] === '$ref' ? path.slice(0, -1) : path;
    return closure.edges.find(
      (e) => !used.has(e) && e.target.kind === 'local' && e.target.pointer === pointer && e.at.length === at.length && e.at.every((k, i) => String(k) === String(at[i])),
    );
  };

  return (d) => {
    const base = fromParserDiagnostic(d);
    const local = d.code === 'invalid-ref' ? /^'#([^']*)' does not exist$/.exec(d.message) : null;
    const localEdge = local ? localRefAt(local[1]!, d.path ?? []) : undefined;
    if (localEdge?.range) {
      used.add(localEdge);
      return { ...base, range: localEdge.range, path: localEdge.at, ...(localEdge.from === closure.documentPath ? {} : { file: localEdge.from }) };
    }
    const message = base.message.split(WORKSPACE_ROOT).join('');
    const missing = d.code === 'invalid-ref' ? /^'#([^']*)' does not exist @ '([^']+)'/.exec(d.message) : null;
    if (d.code === 'invalid-ref' && [...refused].some((uri) => d.message.includes(`'${uri}`))) return undefined;
    const source = d.source;
    if (source !== undefined && refused.has(source)) return undefined;
    const path = fileOf(source === toParserUri(closure.documentPath) ? undefined : source);
    if (path !== undefined) {
      const file = path === closure.documentPath ? {} : { file: path };
      const edge = missing ? refNaming(path, missing[2]!, missing[1]!) : undefined;
      if (edge?.range) {
        used.add(edge);
        return { ...base, message, range: edge.range, path: edge.at, ...file };
      }
      return { ...base, message, ...file };
    }
    // A fetched document: shown at the workspace $ref that pulls it in.
    const edge = closure.edges.find((e) => e.target.kind === 'remote' && e.target.url.split('#')[0] === source);
    const at = edge ?? closure.edges.find((e) => e.target.kind === 'remote');
    return {
      ...base,
      message: `In ${source}: ${message}`,
      range: at?.range ?? lineRange(1),
      ...(at && at.from !== closure.documentPath ? { file: at.from } : {}),
    };
  };
}

/** A diagnostic for a ref the parser's resolvers refused that the closure had not seen: where its URI is written, else line 1. */
export function placeRefusal(refused: { uri: string; code: string; message: string; data?: Record<string, string> }, closure: RefClosure): Diagnostic {
  const text = closure.files.get(closure.documentPath)?.text ?? '';
  const written = refused.uri.replace(/^file:\/\//, '').split(WORKSPACE_ROOT).join('');
  const at = text.indexOf(written);
  return {
    severity: 'error',
    code: refused.code,
    message: refused.message.split(WORKSPACE_ROOT).join(''),
    range: lineRange(at === -1 ? 1 : positionAt(text, at).line, text),
    ...(refused.data ? { data: refused.data } : {}),
  };
}

function isPrefix(prefix: ReadonlyArray<string>, path: ReadonlyArray<string | number>): boolean {
  return prefix.length <= path.length && prefix.every((key, i) => key === String(path[i]));
}

/**
 * The $ref in the analysed document through which a spot in another file is reached: walks refs backwards
 * (preferring refs whose pointer leads to that spot) until one written in the document.
 */
export function pullingRefFinder(closure: RefClosure): (file: string, path: ReadonlyArray<string | number>) => RefEdge | undefined {
  const into = new Map<string, RefEdge[]>();
  for (const edge of closure.edges) {
    const target = edge.target.kind === 'file' ? edge.target.path : edge.target.kind === 'local' ? edge.from : undefined;
    if (target === undefined) continue;
    const list = into.get(target);
    if (list) list.push(edge);
    else into.set(target, [edge]);
  }
  const search = (file: string, path: ReadonlyArray<string | number>, matchPointer: boolean): RefEdge | undefined => {
    const seen = new Set<string>();
    const queue: Array<{ file: string; path: ReadonlyArray<string | number> }> = [{ file, path }];
    while (queue.length > 0 && seen.size < 10_000) {
      const spot = queue.shift()!;
      for (const edge of into.get(spot.file) ?? []) {
        const pointer = edge.target.kind === 'file' || edge.target.kind === 'local' ? edge.target.pointer : '';
        if (matchPointer && !isPrefix(pointerKeys(pointer), spot.path)) continue;
        if (edge.from === closure.documentPath && edge.target.kind === 'file') return edge;
        const key = `${edge.from}#${edge.at.join('/')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        queue.push({ file: edge.from, path: edge.at });
      }
    }
    return undefined;
  };
  return (file, path) => search(file, path, true) ?? search(file, path, false);
}

/**
 * Links every problem found in another file to the $ref in the analysed document that pulls that file in
 * (a related location), and adds one summary at each such $ref for its errors and warnings, so the document
 * being edited shows where its referenced files break it.
 */
export function linkAcrossFiles(diagnostics: Diagnostic[], closure: RefClosure): Diagnostic[] {
  const pulled = new Map<RefEdge, Diagnostic[]>();
  const findPullingRef = pullingRefFinder(closure);
  const linked = diagnostics.map((d) => {
    if (d.file === undefined || d.file === closure.documentPath) return d;
    const edge = findPullingRef(d.file, d.path ?? []);
    if (!edge?.range) return d;
    if (d.severity === 'error' || d.severity === 'warning') {
      const list = pulled.get(edge);
      if (list) list.push(d);
      else pulled.set(edge, [d]);
    }
    const here: RelatedLocation = { file: closure.documentPath, range: edge.range, message: `Pulled into ${closure.documentPath} by $ref "${edge.raw}"` };
    return { ...d, related: [...(d.related ?? []), here] };
  });
  const summaries: Diagnostic[] = [...pulled].map(([edge, problems]) => {
    const worst = problems.reduce((a, b) => (SEVERITY_RANK[b.severity] < SEVERITY_RANK[a.severity] ? b : a));
    const files = [...new Set(problems.map((p) => p.file!))];
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    return {
      severity: worst.severity,
      code: 'ref-target-problem',
      message: `${count} in ${files.join(', ')}, which this $ref pulls in; first: ${worst.file}:${worst.range.startLine}: ${worst.message}`,
      range: edge.range!,
      path: edge.at,
      related: problems.slice(0, MAX_RELATED).map((p) => ({ file: p.file, range: p.range, message: p.message })),
    };
  });
  return [...linked, ...summaries];
}

/** The analysed document's problems first, then each other file's, each by line. */
export function sortAcrossFiles(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      (a.file === undefined ? 0 : 1) - (b.file === undefined ? 0 : 1) ||
      (a.file ?? '').localeCompare(b.file ?? '') ||
      a.range.startLine - b.range.startLine ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.range.startColumn - b.range.startColumn,
  );
}
