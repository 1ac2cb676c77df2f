import { classifyLink, isInlineResource } from '@/lib/preview/previewLinks';

interface ElementHookData {
  tagName: string;
  allowedTags: Record<string, boolean>;
}

interface AttributeHookData {
  attrName: string;
  attrValue: string;
  keepAttr: boolean;
}

export interface Purifier {
  sanitize(dirty: string, config?: object): unknown;
  addHook(name: 'afterSanitizeAttributes', hook: (node: Element) => void): void;
  addHook(name: 'uponSanitizeElement', hook: (node: Node, data: ElementHookData) => void): void;
  addHook(name: 'uponSanitizeAttribute', hook: (node: Element, data: AttributeHookData) => void): void;
}

const URL_ATTRIBUTES = ['src', 'srcset', 'poster', 'background', 'xlink:href', 'action', 'formaction'];

/**
 * Elements a description may not bring into the studio: styles (which can restyle or cover the page),
 * forms and their controls (a fake sign-in), the dialog, which the browser positions itself, and a title
 * (the page's title is the first one in the document). Their text stays, except style's and title's,
 * which DOMPurify drops with the element.
 */
const FORBIDDEN_TAGS = new Set([
  'style', 'title', 'form', 'input', 'button', 'select', 'textarea', 'option', 'optgroup', 'datalist', 'label',
  'fieldset', 'legend', 'output', 'dialog', 'marquee',
]);

/**
 * Attributes that position, restyle or activate an element beyond the text it shows: inline style,
 * popovers (shown in the top layer, over everything), focus grabbing and editing. `data-*` too: the
 * studio's own styles and test ids select on them.
 */
const FORBIDDEN_ATTRIBUTES = new Set([
  'style', 'popover', 'popovertarget', 'popovertargetaction', 'interestfor', 'command', 'commandfor',
  'autofocus', 'tabindex', 'contenteditable', 'form', 'formaction', 'formmethod', 'formtarget',
]);

/**
 * The only classes a description keeps are the code highlighter's (`hljs…`, `language-…`): any other name
 * could be one of the studio's or the component's own (`fixed inset-0 z-50`, the share dialog's backdrop)
 * and place the element over the studio.
 */
const KEPT_CLASS = /^(hljs(-[\w-]+)?|language-[\w+.-]+)$/;

let installed: WeakSet<object> | undefined;

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

/** Drops the elements a description may not bring (see FORBIDDEN_TAGS), keeping their text. */
export function forbidElement(_node: Node, data: ElementHookData): void {
  // DOMPurify hands each sanitize call its own copy of the allow-list once a hook of this kind exists.
  if (FORBIDDEN_TAGS.has(data.tagName)) delete data.allowedTags[data.tagName];
}

/** Drops attributes that could position or restyle an element, and every class but the highlighter's. */
export function forbidAttribute(_node: Element, data: AttributeHookData): void {
  const name = data.attrName.toLowerCase();
  if (FORBIDDEN_ATTRIBUTES.has(name) || name.startsWith('data-')) {
    data.keepAttr = false;
  } else if (name === 'class') {
    const kept = data.attrValue.split(/\s+/).filter((token) => KEPT_CLASS.test(token));
    if (kept.length === 0) data.keepAttr = false;
    else data.attrValue = kept.join(' ');
  }
}

/**
 * @asyncapi/react-component sanitizes Markdown with isomorphic-dompurify, whose browser build is the
 * page-wide `self.DOMPurify`. Its defaults keep remote images, plain links, styles, forms and any class;
 * these hooks, added to that same instance once the component has loaded, remove them before the HTML
 * reaches the DOM, so nothing from a document can cover or restyle the studio around the preview.
 */
export function installSanitizerHooks(purifier: Partial<Purifier> | undefined = (globalThis as { DOMPurify?: Partial<Purifier> }).DOMPurify): boolean {
  if (typeof purifier?.addHook !== 'function') return false;
  installed ??= new WeakSet();
  if (installed.has(purifier)) return true;
  purifier.addHook('uponSanitizeElement', forbidElement);
  purifier.addHook('uponSanitizeAttribute', forbidAttribute);
  purifier.addHook('afterSanitizeAttributes', tightenNode);
  if (typeof purifier.sanitize === 'function') rememberSanitized(purifier as Pick<Purifier, 'sanitize'>);
  installed.add(purifier);
  return true;
}

/** How many sanitized descriptions are kept; a large document has a few thousand, mostly alike. */
const REMEMBERED = 4000;

/**
 * The component sanitizes every description again on every render, and a new analysis re-renders them all
 * (half of the page's work after an edit of a 300-channel document). The same HTML always comes out the same
 * (the hooks depend on nothing else): the plain one-argument calls are answered from the last few thousand.
 */
function rememberSanitized(purifier: Pick<Purifier, 'sanitize'>): void {
  const sanitize = purifier.sanitize.bind(purifier);
  const kept = new Map<string, unknown>();
  purifier.sanitize = (dirty: string, config?: object) => {
    if (config !== undefined || typeof dirty !== 'string') return sanitize(dirty, config);
    const known = kept.get(dirty);
    if (known !== undefined) {
      // Most recently used last, so the oldest goes first.
      kept.delete(dirty);
      kept.set(dirty, known);
      return known;
    }
    const clean = sanitize(dirty);
    kept.set(dirty, clean);
    if (kept.size > REMEMBERED) kept.delete(kept.keys().next().value as string);
    return clean;
  };
}
