import { classifyLink, isInlineResource } from '@/lib/preview/previewLinks';

interface Purifier {
  addHook(name: 'afterSanitizeAttributes', hook: (node: Element) => void): void;
}

const URL_ATTRIBUTES = ['src', 'srcset', 'poster', 'background', 'xlink:href', 'action', 'formaction'];
let installed = false;

/** Tightens a node DOMPurify already cleaned: no script or data links, no remote loads, links open apart. */
export function tightenNode(node: Element): void {
  if (node.hasAttribute('href')) {
    const kind = classifyLink(node.getAttribute('href'));
    if (kind === 'blocked') {
      node.removeAttribute('href');
    } else if (node.tagName === 'A' && kind === 'external') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer nofollow');
    }
  }
  for (const name of URL_ATTRIBUTES) {
    if (node.hasAttribute(name) && !isInlineResource(node.getAttribute(name))) {
      // Offline rule: a description must not make the page fetch another host (tracking pixels).
      if (node.tagName === 'IMG' && !node.getAttribute('alt')) node.setAttribute('alt', '[remote image not loaded]');
      node.removeAttribute(name);
    }
  }
}

/**
 * @asyncapi/react-component sanitizes Markdown with isomorphic-dompurify, whose browser build is the
 * page-wide `self.DOMPurify`. Its defaults keep remote images and plain links; this hook, added to that
 * same instance once the component has loaded, removes them before the HTML reaches the DOM.
 */
export function installSanitizerHooks(): boolean {
  if (installed) return true;
  const purifier = (globalThis as { DOMPurify?: Partial<Purifier> }).DOMPurify;
  if (typeof purifier?.addHook !== 'function') return false;
  purifier.addHook('afterSanitizeAttributes', tightenNode);
  installed = true;
  return true;
}
