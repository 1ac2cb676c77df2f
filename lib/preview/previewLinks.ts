import { safeHref } from '@/lib/docs/safeMarkdown';

export type LinkKind = 'fragment' | 'external' | 'blocked';

/**
 * What a link in the rendered documentation may do: jump inside the preview, open in a new tab
 * (http, https, mailto), or nothing at all (javascript:, data:, vbscript:, relative paths, which would
 * navigate the studio away).
 */
export function classifyLink(href: string | null | undefined): LinkKind {
  if (href === null || href === undefined) return 'blocked';
  const safe = safeHref(href);
  if (safe === undefined) return 'blocked';
  if (/^(https?|mailto):/i.test(safe)) return 'external';
  // The component links its own sections as `<relative path>#<id>` (3.2.1 writes `undefined#server-…`):
  // any scheme-less link with a fragment stays inside the preview.
  if (safe.includes('#')) return 'fragment';
  return 'blocked';
}

/** Whether a URL in the documentation may be fetched by the page (images, media): only inline data. */
export function isInlineResource(url: string | null | undefined): boolean {
  return typeof url === 'string' && /^data:image\//i.test(url.replace(/[\u0000-\u0020]/g, ''));
}

/** The section id a fragment link points at ('#server-a' or '/studio/#server-a' → 'server-a'). */
export function fragmentTarget(href: string): string {
  const hash = href.slice(href.indexOf('#') + 1);
  try {
    return decodeURIComponent(hash);
  } catch {
    return hash;
  }
}
