import { useEffect } from 'react';
import type { RefObject } from 'react';
import { classifyLink, fragmentTarget } from '@/lib/preview/previewLinks';
import { tightenNode } from './sanitizerHooks';

/** The element an id points at inside the preview (ids may hold any character, so no CSS selector). */
function findById(root: HTMLElement, id: string): Element | null {
  for (const element of root.querySelectorAll('[id]')) if (element.id === id) return element;
  return null;
}

/**
 * Keeps every link in the rendered documentation harmless, whatever rendered it: a capturing click
 * handler lets only http(s)/mailto links open (in a new tab) and in-page fragments scroll the preview,
 * and an observer strips script and data hrefs (e.g. a `javascript:` externalDocs url) as they appear.
 */
export function useLinkGuard(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const element = root.current;
    if (!element) return;
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a');
      if (!link || !element.contains(link)) return;
      const href = link.getAttribute('href');
      const kind = classifyLink(href);
      if (kind === 'external') {
        event.preventDefault();
        window.open(href ?? '', '_blank', 'noopener,noreferrer');
        return;
      }
      event.preventDefault();
      if (kind === 'blocked') {
        event.stopPropagation();
        return;
      }
      // Fragments scroll the preview, not the page, and leave the address bar (share links) alone.
      findById(element, fragmentTarget(href ?? '#'))?.scrollIntoView({ block: 'start' });
    };
    const tighten = () => element.querySelectorAll('[href],[src],[srcset]').forEach(tightenNode);
    const observer = new MutationObserver(tighten);
    observer.observe(element, { subtree: true, childList: true, attributes: true, attributeFilter: ['href', 'src', 'srcset'] });
    tighten();
    element.addEventListener('click', onClick, true);
    element.addEventListener('auxclick', onClick, true);
    return () => {
      observer.disconnect();
      element.removeEventListener('click', onClick, true);
      element.removeEventListener('auxclick', onClick, true);
    };
  }, [root]);
}
