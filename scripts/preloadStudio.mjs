// The studio page loads the app with one dynamic import (app/page.tsx), which the browser only asks for once
// Next's runtime has started and hydrated. Preload links for that import's chunks let the download (and the
// Monaco chunk's script streaming) run beside Next's own start instead of after it.
import { existsSync, readFileSync } from 'node:fs';

const MARK = 'data-studio-preload';

/** The chunk files (relative to `_next/`) of the page's dynamic imports, from the build's loadable manifest. */
export function studioChunks(manifestPath) {
  if (!existsSync(manifestPath)) return [];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const files = Object.values(manifest).flatMap((entry) => entry.files ?? []);
  return [...new Set(files)].filter((file) => /\.(js|css)$/.test(file));
}

/**
 * `html` with a preload link per chunk before `</head>`, under the same prefix as the page's own scripts (a
 * base path, when the export is served below a folder). Links this function added before are replaced.
 */
export function withStudioPreloads(html, chunks) {
  const cleaned = html.replace(new RegExp(`<link [^>]*${MARK}[^>]*>`, 'g'), '');
  const prefix = /src="([^"]*?)\/_next\/static\//.exec(cleaned)?.[1];
  if (prefix === undefined || chunks.length === 0) return cleaned;
  const links = chunks
    .map((file) => `<link rel="preload" as="${file.endsWith('.css') ? 'style' : 'script'}" href="${prefix}/_next/${file}" ${MARK}=""/>`)
    .join('');
  return cleaned.replace('</head>', `${links}</head>`);
}
