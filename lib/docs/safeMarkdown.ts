/**
 * A small Markdown-to-HTML renderer that escapes first: the author's raw HTML never becomes markup.
 * DOMPurify needs a DOM, which a worker does not have, so safety here comes from construction:
 * only tags this file writes can appear, and link targets pass an allow-list.
 */

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Allows http(s), mailto, fragment and relative links; anything else with a scheme is dropped. */
export function safeHref(raw: string): string | undefined {
  // Browsers ignore control characters and whitespace inside a scheme (`java\tscript:`).
  const compact = raw.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  if (!compact) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme && !/^(https?|mailto)$/i.test(scheme[1] ?? '')) return undefined;
  return compact;
}

const INLINE =
  /(`+)([\s\S]*?[^`])\1(?!`)|(!?)\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|<(https?:\/\/[^>\s]+)>/g;

/** Renders one line's inline Markdown (code, links, emphasis) with everything else escaped. */
export function renderInline(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const index = match.index ?? 0;
    html += escapeHtml(text.slice(last, index));
    last = index + match[0].length;
    const [, fence, code, bang, label, url, strong, em, autolink] = match;
    if (fence !== undefined) html += `<code>${escapeHtml(code ?? '')}</code>`;
    else if (label !== undefined) html += renderLink(bang === '!', label, url ?? '');
    else if (strong !== undefined) html += `<strong>${renderInline(strong)}</strong>`;
    else if (em !== undefined) html += `<em>${renderInline(em)}</em>`;
    else if (autolink !== undefined) html += renderLink(false, autolink, autolink);
  }
  return html + escapeHtml(text.slice(last));
}

function renderLink(isImage: boolean, label: string, url: string): string {
  // Images would load from elsewhere (the export must work offline): keep their alt text only.
  if (isImage) return escapeHtml(label);
  const href = safeHref(url);
  const inner = renderInline(label);
  return href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${inner}</a>` : inner;
}

type Block = { kind: 'p' | 'ul' | 'ol' | 'quote'; lines: string[] };

/** Renders block Markdown: headings, fenced code, lists, quotes and paragraphs. */
export function renderMarkdown(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let block: Block | undefined;
  const flush = (): void => {
    if (!block) return;
    if (block.kind === 'p') out.push(`<p>${block.lines.map(renderInline).join('<br>\n')}</p>`);
    else if (block.kind === 'quote') out.push(`<blockquote>${renderMarkdown(block.lines.join('\n'))}</blockquote>`);
    else out.push(`<${block.kind}>${block.lines.map((l) => `<li>${renderInline(l)}</li>`).join('')}</${block.kind}>`);
    block = undefined;
  };
  const add = (kind: Block['kind'], line: string): void => {
    if (block?.kind !== kind) {
      flush();
      block = { kind, lines: [] };
    }
    block.lines.push(line);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const fence = /^\s*(```+|~~~+)/.exec(line);
    if (fence) {
      flush();
      const code: string[] = [];
      const marker = fence[1] ?? '```';
      for (i++; i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker); i++) code.push(lines[i] ?? '');
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const bullet = /^\s*[-*+]\s+(.*)$/.exec(line);
    const ordered = /^\s*\d+[.)]\s+(.*)$/.exec(line);
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (heading) {
      flush();
      // Shifted down so author headings stay below the export's own section headings.
      const level = Math.min(6, (heading[1] ?? '#').length + 3);
      out.push(`<h${level}>${renderInline(heading[2] ?? '')}</h${level}>`);
    } else if (bullet) add('ul', bullet[1] ?? '');
    else if (ordered) add('ol', ordered[1] ?? '');
    else if (quote) add('quote', quote[1] ?? '');
    else if (line.trim() === '') flush();
    else if (block && block.kind !== 'p' && /^\s+/.test(line)) {
      const prev = block.lines.pop() ?? '';
      block.lines.push(`${prev} ${line.trim()}`);
    } else add('p', line.trim());
  }
  flush();
  return out.join('\n');
}
