import type { Point } from './nodeSize';

const CORNER = 8;

/**
 * An SVG path through an orthogonal route, its corners rounded (at most half of either segment), and the
 * middle of its longest segment, where a label reads best.
 */
export function routePath(points: ReadonlyArray<Point>): { d: string; mid: Point } {
  const r = (n: number) => Math.round(n * 10) / 10;
  const first = points[0] ?? { x: 0, y: 0 };
  let d = `M${r(first.x)},${r(first.y)}`;
  for (let i = 1; i < points.length; i++) {
    const p = points[i]!;
    const next = points[i + 1];
    if (!next) {
      d += ` L${r(p.x)},${r(p.y)}`;
      break;
    }
    const prev = points[i - 1]!;
    const inLength = Math.hypot(p.x - prev.x, p.y - prev.y);
    const outLength = Math.hypot(next.x - p.x, next.y - p.y);
    const radius = Math.min(CORNER, inLength / 2, outLength / 2);
    if (radius < 0.5) {
      d += ` L${r(p.x)},${r(p.y)}`;
      continue;
    }
    const before = { x: p.x - ((p.x - prev.x) / inLength) * radius, y: p.y - ((p.y - prev.y) / inLength) * radius };
    const after = { x: p.x + ((next.x - p.x) / outLength) * radius, y: p.y + ((next.y - p.y) / outLength) * radius };
    d += ` L${r(before.x)},${r(before.y)} Q${r(p.x)},${r(p.y)} ${r(after.x)},${r(after.y)}`;
  }
  let mid = first;
  let longest = -1;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length > longest) {
      longest = length;
      mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
  }
  return { d, mid };
}
