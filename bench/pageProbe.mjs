// Runs inside the page (installed with addInitScript before any app code): records long tasks, frames,
// per-keystroke latency, and resolves "wait until X is on screen" with the frame time it first showed.
export function pageProbe() {
  const bench = { longTasks: [], keyLatencies: [], frames: [] };
  window.__bench = bench;
  bench.marks = {};

  // The analysis worker's traffic (requests and results, page clock), for the visualizer's breakdown.
  // Reading `data` is when Chromium deserializes a message, so its cost is timed here too.
  bench.analysis = [];
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url, options) {
      super(url, options);
      if (options?.name !== 'analysis') return;
      this.addEventListener('message', (event) => {
        const t = performance.now();
        const data = event.data;
        bench.analysis.push({ dir: 'in', t, id: data?.id, type: data?.type, elapsedMs: data?.elapsedMs, handled: performance.now() - t });
      });
    }
    postMessage(message, ...rest) {
      if (message?.type === 'analyze') bench.analysis.push({ dir: 'out', t: performance.now(), id: message.id, wanted: message.wanted, version: message.version, length: message.text?.length });
      return super.postMessage(message, ...rest);
    }
  };

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  // keydown → the frame after it (rAF runs just before paint; the timeout lands after it).
  window.addEventListener(
    'keydown',
    (event) => {
      const t = event.timeStamp;
      bench.lastKeydown = t;
      requestAnimationFrame(() => setTimeout(() => bench.keyLatencies.push(performance.now() - t), 0));
    },
    true,
  );

  // A click's own time: Playwright's click first resolves its locator in the page, which on a DOM as big
  // as the large document's preview takes longer than the work the click starts.
  window.addEventListener('click', (event) => (bench.lastClick = event.timeStamp), true);

  // Frame counter, switched on for the panning measure only.
  bench.countFrames = (on) => {
    bench.counting = on;
    const tick = (now) => {
      if (!bench.counting) return;
      bench.frames.push(now);
      requestAnimationFrame(tick);
    };
    if (on) requestAnimationFrame(tick);
  };

  // A condition is plain data (no functions cross into the page): a selector, and optionally text the
  // element must contain, a problem code it must (not) carry, or a condition that must hold first
  // (`after`: e.g. status "analyzing" before "valid", so the old document's verdict does not count).
  // Text node by text node, stopping at the first hit: a big panel's whole textContent once per frame
  // would add the very long tasks being measured. Monaco renders spaces as no-break spaces.
  function containsText(el, text) {
    if (el.textContent.length < 20000) return el.textContent.replace(/\u00a0/g, ' ').includes(text);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.data.includes(text)) return true;
    return false;
  }

  function matches(spec) {
    if (spec.after && !spec.afterSeen) {
      if (!matches(spec.after)) return false;
      spec.afterSeen = true;
      return false;
    }
    for (const el of document.querySelectorAll(spec.selector)) {
      if (spec.text && !containsText(el, spec.text)) continue;
      const code = el.querySelector('.problem-code')?.textContent;
      if (spec.codeNot && code === spec.codeNot) continue;
      if (spec.code && code !== spec.code) continue;
      return true;
    }
    return false;
  }

  // Resolves with the frame time (performance.now base) at which the condition first held, or null.
  bench.waitFor = (spec, timeoutMs = 60000) =>
    new Promise((resolve) => {
      let scheduled = false;
      let done = false;
      const finish = (value) => {
        if (done) return;
        done = true;
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      };
      const check = (now) => {
        scheduled = false;
        if (matches(spec)) finish(now);
      };
      const observer = new MutationObserver(() => {
        if (!scheduled) {
          scheduled = true;
          requestAnimationFrame(check);
        }
      });
      observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
      const timer = setTimeout(() => finish(null), timeoutMs);
      requestAnimationFrame(check);
    });

  // Resolves once no long task has ended in the last `ms` (or after `timeoutMs`): the page is idle.
  bench.quiet = (ms = 1000, timeoutMs = 30000) =>
    new Promise((resolve) => {
      const started = performance.now();
      const check = () => {
        const last = bench.longTasks.at(-1);
        const now = performance.now();
        if (!last || now - (last.start + last.duration) >= ms || now - started > timeoutMs) resolve(now);
        else setTimeout(check, 100);
      };
      check();
    });

  // For edits: start waiting before the edit, collect the result after it.
  bench.expect = (spec, timeoutMs) => {
    bench.pending = bench.waitFor(spec, timeoutMs);
  };

  // Started at once, so the cold-load figures are timed from navigation start.
  bench.load = {
    editor: bench.waitFor({ selector: '[data-testid=editor] .view-lines', text: 'Parcel Tracking Events' }),
    valid: bench.waitFor({ selector: '[data-testid=status][data-state=valid]' }),
  };
}
