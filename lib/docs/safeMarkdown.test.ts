import { describe, expect, it } from 'vitest';
import { renderInline, renderMarkdown, safeHref } from './safeMarkdown';
import { HOSTILE_MARKDOWN, tagsIn } from './xssDocument';

const ALLOWED_TAGS = new Set(['p', 'br', 'a', 'code', 'pre', 'strong', 'em', 'ul', 'ol', 'li', 'blockquote', 'h4', 'h5', 'h6']);

describe('renderMarkdown', () => {
  it('renders the common Markdown of AsyncAPI descriptions', () => {
    const html = renderMarkdown(
      '# Features\n\nSome **bold** and *em* and `a<b`.\n\n* one\n* two [docs](https://example.com/x?a=1&b=2)\n\n1. first\n\n```json\n{"x": "<y>"}\n```\n\n> quoted',
    );
    expect(html).toContain('<h4>Features</h4>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<code>a&lt;b</code>');
    expect(html).toContain('<ul><li>one</li><li>two <a href="https://example.com/x?a=1&amp;b=2" rel="noopener noreferrer">docs</a></li></ul>');
    expect(html).toContain('<ol><li>first</li></ol>');
    expect(html).toContain('<pre><code>{&quot;x&quot;: &quot;&lt;y&gt;&quot;}</code></pre>');
    expect(html).toContain('<blockquote><p>quoted</p></blockquote>');
  });

  it('lets no hostile markup, handler or script URL through', () => {
    const html = renderMarkdown(HOSTILE_MARKDOWN);
    for (const tag of tagsIn(html)) {
      const name = /^<\/?([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase() ?? '';
      expect(ALLOWED_TAGS.has(name), tag).toBe(true);
      expect(tag).not.toMatch(/\son\w+\s*=/i);
    }
    // Raw HTML survives only as visible escaped text; Markdown links to script URLs lose their target.
    for (const tag of tagsIn(html)) expect(tag).not.toMatch(/(href|src)\s*=\s*"[^"]*(javascript|data):/i);
    expect(html).not.toContain('alert(3)');
    expect(html).not.toMatch(/href="data:/i);
    expect(html).not.toContain('evil.example/track.png');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('safeHref', () => {
  it('keeps web, mail, fragment and relative links', () => {
    expect(safeHref('https://a.example/b')).toBe('https://a.example/b');
    expect(safeHref('mailto:x@y.z')).toBe('mailto:x@y.z');
    expect(safeHref('#servers')).toBe('#servers');
    expect(safeHref('docs/readme.md')).toBe('docs/readme.md');
  });

  it('drops script, data and obfuscated schemes', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JaVa\nScRiPt:alert(1)')).toBeUndefined();
    expect(safeHref('\u0001javascript:alert(1)')).toBeUndefined();
    expect(safeHref('vbscript:x')).toBeUndefined();
    expect(safeHref('data:text/html,<b>')).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
  });

  it('leaves an entity-encoded scheme as an inert relative link, escaped once more', () => {
    expect(renderInline('[x](&#106;avascript:alert(1))')).toBe('<a href="&amp;#106;avascript:alert(1" rel="noopener noreferrer">x</a>)');
  });
});
