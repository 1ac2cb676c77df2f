import { describe, expect, it, vi } from 'vitest';
import DOMPurify from 'isomorphic-dompurify';
import { installSanitizerHooks } from './sanitizerHooks';
import type { Purifier } from './sanitizerHooks';

// In Node, isomorphic-dompurify is DOMPurify over jsdom: the same library and hooks the preview uses.
installSanitizerHooks(DOMPurify as unknown as Purifier);
const clean = (html: string) => DOMPurify.sanitize(html);

describe('the preview sanitizer hooks', () => {
  it('drop style attributes and style elements, whatever they would do', () => {
    expect(clean('<a href="https://evil.example/" style="position:fixed;inset:0;z-index:99999;opacity:0">x</a>')).toBe(
      '<a href="https://evil.example/" target="_blank" rel="noopener noreferrer nofollow">x</a>',
    );
    expect(clean('<p>a</p><style>body { visibility: hidden }</style><p>b</p>')).toBe('<p>a</p><p>b</p>');
    expect(clean('<svg><style>*{display:none}</style><rect style="fill:red" width="5"></rect></svg>')).toBe('<svg><rect width="5"></rect></svg>');
  });

  it('drop forms and every control, keeping their text', () => {
    const html = clean(
      '<form action="https://evil.example/steal"><label>Password <input type="password" name="p"></label>' +
        '<select><option>a</option></select><textarea>t</textarea><button>Sign in</button></form>',
    );
    expect(html).not.toMatch(/<(form|input|label|select|option|textarea|button)\b/);
    expect(html).toContain('Password');
    expect(html).toContain('Sign in');
  });

  it('drop classes that could place an element over the studio, and keep the highlighter’s', () => {
    expect(clean('<div class="fixed inset-0 z-50 notices share-backdrop">x</div>')).toBe('<div>x</div>');
    expect(clean('<pre><code class="hljs language-json"><span class="hljs-string fixed">"a"</span></code></pre>')).toBe(
      '<pre><code class="hljs language-json"><span class="hljs-string">"a"</span></code></pre>',
    );
  });

  it('drop dialogs, popovers, data attributes and focus grabbing', () => {
    expect(clean('<dialog open>Session expired</dialog>')).toBe('Session expired');
    expect(clean('<title>Session expired</title><p>x</p>')).toBe('<p>x</p>');
    expect(clean('<div popover id="p">x</div>')).toBe('<div id="p">x</div>');
    expect(clean('<span data-testid="editor" data-state="valid" tabindex="1" autofocus contenteditable>x</span>')).toBe('<span>x</span>');
  });

  it('still remove remote loads and script links', () => {
    expect(clean('<img src="https://tracker.example/p.png"><a href="javascript:alert(1)">x</a>')).toBe(
      '<img alt="[remote image not loaded]"><a>x</a>',
    );
  });

  it('answer a description sanitized before from memory, and calls with their own settings afresh', () => {
    const sanitize = vi.fn((dirty: string, _config?: object) => `clean:${dirty}`);
    const purifier = { addHook: () => undefined, sanitize };
    installSanitizerHooks(purifier as unknown as Purifier);
    expect(purifier.sanitize('<p>a</p>')).toBe('clean:<p>a</p>');
    expect(purifier.sanitize('<p>a</p>')).toBe('clean:<p>a</p>');
    expect(sanitize).toHaveBeenCalledTimes(1);
    purifier.sanitize('<p>a</p>', { ALLOWED_TAGS: [] } as never);
    expect(sanitize).toHaveBeenCalledTimes(2);
  });
});
