import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeBlock, escapeText, inlineCode, markdownLink, neutraliseInline, neutraliseMarkdown, tableRow } from './markdownText';
import { isScriptableUrl, viewMarkdown } from './markdownTestKit';

/** Asserts a permissive viewer finds no live HTML and no script link in the Markdown. */
function expectInert(markdown: string): void {
  const viewed = viewMarkdown(markdown);
  expect(viewed.liveHtml, markdown).toEqual([]);
  expect(viewed.urls.filter(isScriptableUrl), markdown).toEqual([]);
}

describe('values written as text or code', () => {
  it('escapes every character that would start Markdown or HTML', () => {
    const hostile = '<img src=x onerror=alert(1)> *em* _u_ `c` [l](javascript:alert(2)) &lt; ~~s~~ # \\';
    const text = escapeText(hostile);
    expectInert(text);
    expect(viewMarkdown(text).html).toBe(`<p>${'&lt;img src=x onerror=alert(1)&gt; *em* _u_ `c` [l](javascript:alert(2)) &amp;lt; ~~s~~ # \\'}</p>\n`);
  });

  it('fences inline code longer than its backtick runs, and folds line breaks', () => {
    expect(inlineCode('plain')).toBe('`plain`');
    expect(inlineCode('a`b')).toBe('``a`b``');
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('')).toBe('');
    expect(viewMarkdown(inlineCode('a\n<b>`` `x')).html).toBe('<p><code>a &lt;b&gt;`` `x</code></p>\n');
  });

  it('writes code blocks that no line inside can close', () => {
    const text = 'line\n```\n<script>alert(1)</script>\n````';
    const block = codeBlock(text, 'json').join('\n');
    expect(block.startsWith('`````json\n')).toBe(true);
    expectInert(block);
    expect(viewMarkdown(block).html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\n````\n</code></pre>');
  });

  it('escapes every pipe of a table cell, also inside code', () => {
    const table = [tableRow(['a', 'b']), tableRow(['---', '---']), tableRow([inlineCode('x|y'), escapeText('p|q')])].join('\n');
    expect(viewMarkdown(table).html).toContain('<td><code>x|y</code></td>\n<td>p|q</td>');
  });

  it('links only to what the HTML export links to, and no entity or escape can change the scheme', () => {
    expect(markdownLink('docs', 'https://example.com/a?b=1&c=2')).toBe('[docs](<https://example.com/a?b=1\\&c=2>)');
    expect(viewMarkdown(markdownLink('docs', 'https://example.com/a?b=1&c=2')).urls).toEqual(['https://example.com/a?b=1&c=2']);
    for (const url of ['javascript:alert(1)', 'JaVa\tScRiPt:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x']) {
      expect(markdownLink('<b>docs</b>', url)).toBe('&lt;b\\>docs&lt;/b\\>');
    }
    // Not a scheme to the filter, but one to a viewer that decodes the entity: kept as written, never decoded.
    const entity = markdownLink('x', 'javascript&#58;alert(1)');
    expect(viewMarkdown(entity).urls.filter(isScriptableUrl)).toEqual([]);
    expectInert(markdownLink('x', 'https://a>b<img src=x onerror=alert(1)>'));
  });
});

describe('descriptions with raw HTML neutralised', () => {
  const PAYLOADS = [
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(2)>',
    '<a href="javascript:alert(3)">a</a>',
    '[x](javascript:alert(4))',
    '[y](JaVa\tScRiPt:alert(5))',
    '[z](<javascript:alert(6)>)',
    '[e](javascript&#58;alert(7))',
    '[b](javascript\\:alert(8))',
    '[n](\njavascript:alert(9))',
    '![i](javascript:alert(10))',
    '[r]\n\n[r]: javascript:alert(11)',
    '[`]: javascript:alert(12)`\n\n[`]',
    '<javascript:alert(13)>',
    '<!-- comment --><style>*{display:none}</style>',
    '\\`<img src=x onerror=alert(14)>`',
    '<https://a`>`<img src=x onerror=alert(15)>`',
    '| a | b |\n|---|---|\n| `x | <img src=x onerror=alert(16)>` |',
    '- item\n  ```\n<img src=x onerror=alert(17)>\n  ```',
    '    ```\n<img src=x onerror=alert(18)>\n```',
    '``` a`b\n<img src=x onerror=alert(19)>\n```',
    '<div\nonclick="alert(20)">',
  ];

  it.each(PAYLOADS)('leaves nothing live in %j', (payload) => {
    expectInert(neutraliseMarkdown(payload));
    expectInert(neutraliseInline(payload));
    expectInert(tableRow([neutraliseInline(payload)]));
  });

  it('keeps the Markdown itself: emphasis, lists, code, safe links and autolinks', () => {
    const source = '**Bold** and `<code>` and [site](https://example.com) <https://example.org>\n\n- one\n- two\n\n```json\n{"a": "<b>"}\n```';
    const html = viewMarkdown(neutraliseMarkdown(source)).html;
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).toContain('<code>&lt;code&gt;</code>');
    expect(html).toContain('<a href="https://example.com">site</a>');
    expect(html).toContain('<a href="https://example.org">https://example.org</a>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<pre><code class="language-json">{&quot;a&quot;: &quot;&lt;b&gt;&quot;}\n</code></pre>');
    // Outside code, raw HTML shows as the text the author typed.
    expect(viewMarkdown(neutraliseMarkdown('a <b>c</b>')).html).toBe('<p>a &lt;b&gt;c&lt;/b&gt;</p>\n');
  });

  it('leaves nothing live in any mix of Markdown, HTML and link syntax', () => {
    const pieces = fc.constantFrom(
      '`', '``', '```', '~~~', '\\', '<', '>', '<img src=x onerror=alert(1)>', '<script>', '</script>', '<!--', '-->',
      '[', ']', '(', ')', '](', ']:', ': ', 'javascript:alert(1)', 'JAVASCRIPT:', '&#58;', '&colon;', '&#x6a;', 'data:text/html,x',
      'https://a.b/', 'http://x', '://', 'www.a.b', '<https://x>', '<mailto:a@b>', '![', '*', '_', '~~', '&lt;', '\n', '\n\n', '    ', '  ', '- ', '> ', '| ', '|', '|---|', '# ', 'a', ' ', '\t', '"', "'",
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const source = parts.join('');
        expectInert(neutraliseMarkdown(source));
        expectInert(tableRow([neutraliseInline(source)]));
      }),
      { numRuns: 3000 },
    );
  });
});
