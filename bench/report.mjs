// Medians over runs, and the table printed beside AsyncAPI Studio 1.4.2's figures (/work/shared/PERFORMANCE.md).

function median(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

const get = (obj, path) => (path === '' ? obj : path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), obj));

/** The median of every numeric field across runs (same shape as one run). */
export function medians(runs, path = '') {
  const sample = runs.find((r) => get(r, path) != null);
  const value = sample && (path ? get(sample, path) : sample);
  if (value === undefined) return null;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.keys(value).map((k) => [k, medians(runs, path ? `${path}.${k}` : k)]));
  }
  return typeof value === 'number' ? median(runs.map((r) => get(r, path))) : value;
}

const ms = (x) => (x == null ? null : x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${Math.round(x)} ms`);
const mb = (x) => (x == null ? null : `${(x / 1e6).toFixed(2)} MB`);

/**
 * AsyncAPI Studio 1.4.2's figures as recorded in /work/shared/PERFORMANCE.md (its own production build, same
 * generated document). This bench does not run Studio (it is not installed here): ratios are to these figures.
 */
export const STUDIO = { loadEditorMs: 2280, jsBytes: 4.9e6, replacePreviewMs: 6070, replaceTbtMs: 4600, replaceLongestMs: 3400, typingTbtMs: 5980, heapMB: 144 };

const ratio = (ours, studio) => (ours == null || !studio ? '—' : `${(ours / studio).toFixed(2)}×`);

/** Table rows: [figure, ours, Studio 1.4.2 (recorded), ratio, target (PERFORMANCE.md), pass?]; `ok` null = no target. */
export function rows(m) {
  const notBuilt = 'n/a (panel not built)';
  const vis = m.visualizer;
  const enc = m.js?.encodings ? Object.entries(m.js.encodings).map(([k, n]) => `${n} ${k}`).join(', ') : '';
  const row = (figure, value, shown, studio, studioValue, target, ok) => [
    figure,
    value == null ? shown ?? 'n/a' : shown,
    studio,
    ratio(value, studioValue),
    target,
    value == null ? '—' : ok == null ? '—' : ok ? 'pass' : 'FAIL',
  ];
  return [
    row('cold load → editor shows the document', m.loadEditorMs, ms(m.loadEditorMs), '2.28 s', STUDIO.loadEditorMs, '≤ 0.35×', m.loadEditorMs <= 0.35 * STUDIO.loadEditorMs),
    row('cold load → status valid', m.loadValidMs, ms(m.loadValidMs), '—', null, '—', null),
    row(`JavaScript transferred on load (${m.js?.files ?? '?'} files: ${enc})`, m.js?.bytes, mb(m.js?.bytes), '4.9 MB', STUDIO.jsBytes, '≤ 1.2 MB', m.js?.bytes <= 1.2e6),
    row('edit → syntax diagnostic, small doc', m.smallSyntaxMs, ms(m.smallSyntaxMs), '—', null, '—', null),
    row('edit → first schema error, small doc', m.smallSchemaMs, ms(m.smallSchemaMs), '—', null, '—', null),
    row('edit → syntax diagnostic, large doc', m.largeSyntaxMs, ms(m.largeSyntaxMs), '—', null, '—', null),
    row('keystroke → first schema error visible, large doc', m.largeSchemaMs, ms(m.largeSchemaMs), 'after the full parse (s)', null, '≤ 250 ms', m.largeSchemaMs <= 250),
    row('UI blocked after that keystroke, until its full verdict + 3 s: total / longest', m.largeSchemaBlocking?.longest, m.largeSchemaBlocking ? `${ms(m.largeSchemaBlocking.tbt)} / ${ms(m.largeSchemaBlocking.longest)}` : null, '—', null, 'no task > 50 ms', m.largeSchemaBlocking ? m.largeSchemaBlocking.longest <= 50 : null),
    row('replace with large doc → docs preview shows its title', m.replacePreviewMs, ms(m.replacePreviewMs) ?? (m.previewBuilt ? 'timed out (60 s)' : notBuilt), '6.07 s', STUDIO.replacePreviewMs, '≤ 0.3×', m.replacePreviewMs <= 0.3 * STUDIO.replacePreviewMs),
    row('replace with large doc → status valid', m.replaceValidMs, ms(m.replaceValidMs), '—', null, '—', null),
    row('  worker analysis time of the large doc ("Analysed in")', m.largeAnalysedMs, ms(m.largeAnalysedMs), '—', null, '—', null),
    row('UI blocked after the replace: total blocking time', m.replaceBlocking?.tbt, ms(m.replaceBlocking?.tbt), '4.6 s', STUDIO.replaceTbtMs, '—', null),
    row('UI blocked after the replace: longest task', m.replaceBlocking?.longest, ms(m.replaceBlocking?.longest), '3.4 s', STUDIO.replaceLongestMs, 'no task > 50 ms', m.replaceBlocking?.longest <= 50),
    row('typing 40 chars + 8 s: total blocking time', m.typingBlocking?.tbt, ms(m.typingBlocking?.tbt), '5.98 s', STUDIO.typingTbtMs, '0', m.typingBlocking?.tbt === 0),
    row('typing 40 chars: longest task while typing', m.typingLongestWhileTyping, ms(m.typingLongestWhileTyping), '3.3 s (incl. the 8 s)', null, '≤ 50 ms (no long task)', m.typingLongestWhileTyping <= 50),
    row('typing 40 chars + 8 s: longest task', m.typingBlocking?.longest, ms(m.typingBlocking?.longest), '3.3 s', null, '—', null),
    row('keydown → next frame, median / max', m.keyLatencyMedianMs, `${ms(m.keyLatencyMedianMs)} / ${ms(m.keyLatencyMaxMs)}`, '—', null, '—', null),
    row('completion on the large doc: Ctrl+Space → list shown', m.completionMs, ms(m.completionMs), '—', null, '≤ 150 ms (issue 7)', m.completionMs <= 150),
    row('visualizer: nodes on screen after opening it', vis?.nodesMs, ms(vis?.nodesMs) ?? notBuilt, '2.6: 3.1 s', 3100, '≤ 0.3 s', vis?.nodesMs <= 300),
    row('  of which: click → graph and layout back from the worker', vis?.breakdown?.resultReceivedMs, ms(vis?.breakdown?.resultReceivedMs), '—', null, '—', null),
    row('visualizer: panning 2 s, frames per second', vis?.panFps, vis?.panFps == null ? notBuilt : `${vis.panFps.toFixed(0)} fps`, '—', null, '—', null),
    row('visualizer: panning 2 s, long tasks / longest', vis?.panBlocking?.count, vis?.panBlocking ? `${vis.panBlocking.count} / ${ms(vis.panBlocking.longest)}` : notBuilt, '—', null, '—', null),
    row('JS heap after the large document (page only)', m.heapMB, m.heapMB == null ? null : `${m.heapMB.toFixed(0)} MB`, '144 MB', STUDIO.heapMB, '≤ 0.5×', m.heapMB <= 0.5 * STUDIO.heapMB),
  ];
}

export function formatTable(table) {
  const head = ['figure', 'ours (median)', 'AsyncAPI Studio 1.4.2 (recorded)', 'ratio', 'target', 'pass/fail'];
  const all = [head, ...table];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i]).length)));
  const line = (r) => `| ${r.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...table.map(line)].join('\n');
}
