/** A download's file name from the document's title, e.g. "Parcel Tracking Events" → "parcel-tracking-events-graph.svg". */
export function exportFileName(title: string | undefined, extension: 'svg' | 'png'): string {
  const slug = (title ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
  return `${slug || 'asyncapi'}-graph.${extension}`;
}
