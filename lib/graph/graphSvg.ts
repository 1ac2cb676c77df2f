import { edgeSides, sidePoint } from './edgeSides';
import type { Side } from './edgeSides';
import { edgeDash, KIND_TITLES, LIGHT_PALETTE } from './edgeStyle';
import type { Palette } from './edgeStyle';
import type { FlowEdge, FlowNode } from './flowGraph';
import type { LaidOutGraph } from './elkLayout';
import type { NodeBox, Point } from './nodeSize';
import { routePath } from './routePath';

// The exported picture is drawn from the graph data and the layout, not from the DOM: it needs no
// extra library, carries no UI chrome, and works for nodes the canvas did not render (off screen).

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
const PAD = 10;
const MARGIN = 16;

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Cuts text to what a width holds at a rough per-character width, with an ellipsis. */
function fit(text: string, width: number, charWidth: number): string {
  const room = Math.max(1, Math.floor(width / charWidth));
  return text.length <= room ? text : `${text.slice(0, Math.max(0, room - 1))}…`;
}

const OFFSET: Record<Side, { x: number; y: number }> = {
  top: { x: 0, y: -1 },
  bottom: { x: 0, y: 1 },
  left: { x: -1, y: 0 },
  right: { x: 1, y: 0 },
};

/** A cubic curve leaving and entering perpendicular to the box sides, like the canvas's edges. */
export function edgePath(edge: FlowEdge, source: NodeBox, target: NodeBox): { d: string; mid: { x: number; y: number } } {
  const sides = edgeSides(edge, source, target);
  const a = sidePoint(source, sides.source);
  const b = sidePoint(target, sides.target);
  const pull = Math.max(30, Math.hypot(b.x - a.x, b.y - a.y) / 3);
  const c1 = { x: a.x + OFFSET[sides.source].x * pull, y: a.y + OFFSET[sides.source].y * pull };
  const c2 = { x: b.x + OFFSET[sides.target].x * pull, y: b.y + OFFSET[sides.target].y * pull };
  const r = (n: number) => Math.round(n * 10) / 10;
  const d = `M${r(a.x)},${r(a.y)} C${r(c1.x)},${r(c1.y)} ${r(c2.x)},${r(c2.y)} ${r(b.x)},${r(b.y)}`;
  const mid = { x: (a.x + 3 * c1.x + 3 * c2.x + b.x) / 8, y: (a.y + 3 * c1.y + 3 * c2.y + b.y) / 8 };
  return { d, mid };
}

function nodeSvg(node: FlowNode, box: NodeBox, palette: Palette): string {
  const color = palette.kinds[node.kind];
  const inner = box.width - 2 * PAD;
  const facts = node.facts.map((fact, i) => {
    const y = box.y + 46 + i * 18;
    return `<text x="${box.x + PAD}" y="${y}" font-size="11" fill="${palette.muted}">${escapeXml(fit(`${fact.label}: ${fact.value}`, inner, 6.2))}</text>`;
  });
  return [
    `<g class="node" data-kind="${node.kind}">`,
    `<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="6" fill="${palette.card}" stroke="${color}" stroke-width="1.5"/>`,
    `<rect x="${box.x}" y="${box.y}" width="4" height="${box.height}" rx="2" fill="${color}"/>`,
    `<text x="${box.x + PAD}" y="${box.y + 14}" font-size="9" font-weight="600" letter-spacing="0.5" fill="${color}">${KIND_TITLES[node.kind].toUpperCase()}</text>`,
    `<text x="${box.x + PAD}" y="${box.y + 29}" font-size="13" font-weight="600" fill="${palette.text}">${escapeXml(fit(node.label, inner, 7.6))}</text>`,
    ...facts,
    '</g>',
  ].join('');
}

function edgeSvg(edge: FlowEdge, source: NodeBox, target: NodeBox, route: Point[] | undefined, palette: Palette): string {
  const color = palette.edges[edge.kind];
  // The canvas's orthogonal route where the layout made one; links it left out (hub links) as curves.
  const { d, mid } = route ? routePath(route) : edgePath(edge, source, target);
  const dash = edgeDash(edge.kind);
  const label = edge.label
    ? `<text x="${mid.x}" y="${mid.y - 4}" font-size="10" text-anchor="middle" fill="${color}">${escapeXml(edge.label)}</text>`
    : '';
  return `<g class="edge" data-edge-kind="${edge.kind}"><path d="${d}" fill="none" stroke="${color}" stroke-width="1.5"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#arrow-${edge.kind})"/>${label}</g>`;
}

/** The graph as a standalone SVG document: one group per node (box and text), one path per edge. */
export function graphToSvg(view: Pick<LaidOutGraph, 'graph' | 'boxes'> & Partial<Pick<LaidOutGraph, 'routes'>>, palette: Palette = LIGHT_PALETTE): string {
  const boxes = Object.values(view.boxes);
  const width = Math.ceil(Math.max(0, ...boxes.map((b) => b.x + b.width)) + MARGIN);
  const height = Math.ceil(Math.max(0, ...boxes.map((b) => b.y + b.height)) + MARGIN);
  const markers = Object.entries(palette.edges).map(
    ([kind, color]) =>
      `<marker id="arrow-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${color}"/></marker>`,
  );
  const edges = view.graph.edges.flatMap((edge) => {
    const source = view.boxes[edge.source];
    const target = view.boxes[edge.target];
    return source && target ? [edgeSvg(edge, source, target, view.routes?.[edge.id], palette)] : [];
  });
  const nodes = view.graph.nodes.flatMap((node) => {
    const box = view.boxes[node.id];
    return box ? [nodeSvg(node, box, palette)] : [];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<defs>${markers.join('')}</defs>`,
    `<rect width="100%" height="100%" fill="${palette.background}"/>`,
    ...edges,
    ...nodes,
    '</svg>',
  ].join('\n');
}
