// The functions with the most time in a CDP CPU profile: self time, and inclusive (each function once per sample).
export function top(profile, n = 12) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const self = new Map();
  const inclusive = new Map();
  const name = (node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber}`;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] / 1000;
    self.set(name(byId.get(id)), (self.get(name(byId.get(id))) ?? 0) + dt);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parent.get(x)) {
      const key = name(byId.get(x));
      if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
      seen.add(key);
    }
  });
  const list = (m) => [...m].filter(([k]) => !/^\((idle|root|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n);
  return { self: list(self), inclusive: list(inclusive) };
}
