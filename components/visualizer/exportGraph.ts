import { graphToSvg } from '@/lib/graph/graphSvg';
import type { LaidOutGraph } from '@/lib/graph/elkLayout';

// Browser-side half of the export: the picture itself is built from data by lib/graph/graphSvg.

// Chromium refuses canvases over 16,384 px a side or ~268 M pixels; stay under both.
const MAX_SIDE = 16_000;
const MAX_AREA = 200_000_000;

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started reading the blob by the next tick; revoke later to be safe.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

export function svgOfView(view: LaidOutGraph): { text: string; width: number; height: number } {
  const text = graphToSvg(view);
  const match = /width="(\d+)" height="(\d+)"/.exec(text);
  return { text, width: Number(match?.[1] ?? 0), height: Number(match?.[2] ?? 0) };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the browser could not draw the graph picture'));
    image.src = url;
  });
}

/** Draws the SVG onto a canvas (2× for sharpness, less for huge graphs) and encodes it as PNG. */
export async function pngOfView(view: LaidOutGraph): Promise<Blob> {
  const svg = svgOfView(view);
  const scale = Math.min(2, MAX_SIDE / svg.width, MAX_SIDE / svg.height, Math.sqrt(MAX_AREA / (svg.width * svg.height)));
  const url = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.floor(svg.width * scale));
    canvas.height = Math.max(1, Math.floor(svg.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas is available');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large to encode'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
