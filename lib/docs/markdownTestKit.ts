import MarkdownIt from 'markdown-it';
import type { Token } from 'markdown-it';

/**
 * What a permissive Markdown viewer would make of a text: markdown-it with raw HTML on, bare URLs
 * linked, and no check of link schemes (markdown-it's own check is what a careless viewer leaves out).
 * For tests only (markdown-it is a dev dependency).
 */
const viewer = new MarkdownIt({ html: true, linkify: true });
viewer.validateLink = () => true;

export interface ViewedMarkdown {
  /** Raw HTML the viewer would pass through as live markup (html_block / html_inline tokens). */
  liveHtml: string[];
  /** Every link target and image source the viewer would write. */
  urls: string[];
  html: string;
}

function walk(tokens: Token[], into: ViewedMarkdown): void {
  for (const token of tokens) {
    if (token.type === 'html_block' || token.type === 'html_inline') into.liveHtml.push(token.content);
    const url = token.attrGet('href') ?? token.attrGet('src');
    if (url !== null) into.urls.push(String(url));
    if (token.children) walk(token.children, into);
  }
}

export function viewMarkdown(markdown: string): ViewedMarkdown {
  const viewed: ViewedMarkdown = { liveHtml: [], urls: [], html: viewer.render(markdown) };
  walk(viewer.parse(markdown, {}), viewed);
  return viewed;
}

/** A URL a browser would run or render as a document of its own: any scheme but http(s) and mailto. */
export function isScriptableUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''));
  return scheme !== null && !/^(https?|mailto)$/i.test(scheme[1] ?? '');
}
