/** Names for files the studio saves: a slug of the document's title plus the format's extension. */
export const FALLBACK_FILE_STEM = 'asyncapi';
const MAX_STEM_LENGTH = 80;

/**
 * "Parcel Tracking Events" → "parcel-tracking-events". Accents are folded, anything that is not a
 * letter or digit becomes one dash, so the name is safe on every file system.
 */
export function slugFromTitle(title: string | undefined): string {
  if (!title) return FALLBACK_FILE_STEM;
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_STEM_LENGTH)
    .replace(/-+$/, '');
  return slug || FALLBACK_FILE_STEM;
}

export function fileNameFor(title: string | undefined, format: 'yaml' | 'json'): string {
  return `${slugFromTitle(title)}.${format}`;
}

/** The MIME type a saved file is written with. */
export function mimeTypeFor(format: 'yaml' | 'json'): string {
  return format === 'json' ? 'application/json' : 'application/yaml';
}
