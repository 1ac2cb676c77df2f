import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { DOCS_CSS } from './docsCss';
import { renderDocumentHtml } from './htmlRender';
import { escapeHtml } from './safeMarkdown';

/** The file's own policy: it may apply its inline styles and data: images, and load nothing else. */
export const EXPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export interface StandaloneHtmlInput {
  title: string;
  /** Already-sanitized HTML for the body. */
  bodyHtml: string;
  css: string;
}

/** Keeps a stylesheet inside its <style> element and away from the network. */
function containCss(css: string): string {
  return css
    // `<` has no place in CSS outside strings, where its escape means the same: nothing can close <style>.
    .replace(/</g, '\\3c ')
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(?!data:)[^)]*\)/gi, 'none');
}

/**
 * One self-contained HTML file: inline CSS, no script, a strict CSP, opens offline.
 * @remarks `bodyHtml` is trusted as given: pass output of `renderDocumentHtml`, not raw input.
 */
export function buildStandaloneHtml({ title, bodyHtml, css }: StandaloneHtmlInput): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${containCss(css)}</style>`,
    '</head>',
    '<body>',
    bodyHtml,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The whole document as a standalone HTML file, with the export's own renderer and stylesheet. */
export function documentToStandaloneHtml(document: AsyncAPIDocumentInterface): string {
  const info = document.info();
  return buildStandaloneHtml({
    title: `${info.title()} ${info.version()}`,
    bodyHtml: renderDocumentHtml(document),
    css: DOCS_CSS,
  });
}
