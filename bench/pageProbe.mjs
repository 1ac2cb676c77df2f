// Runs inside the page (installed with addInitScript before any app code): records long tasks, frames,
// per-keystroke latency, and resolves "wait until X is on screen" with the frame time it first showed.
export function pageProbe() {
  const bench = { longTasks: [], keyLatencies: [], frames: [] };
  window.__bench = bench;

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
