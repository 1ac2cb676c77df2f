import { useCallback } from 'react';
import type { MouseEvent } from 'react';
import { lineForPath } from '@/lib/preview/previewSections';
import type { SectionStep } from '@/lib/preview/previewSections';
import { selectSourceLines } from '@/state/selectors';
import { useStudioStore } from '@/state/useStudio';

function pathFrom(target: Element, root: Element): SectionStep[] {
  const path: SectionStep[] = [];
  for (let node: Element | null = target; node && node !== root; node = node.parentElement) {
    const operationHeading = node.tagName === 'H3' && node.parentElement?.closest('li[id^="operation-"]') !== null;
    path.push({ id: node.id || undefined, operationHeading });
  }
  return path;
}

/** Clicking a server, channel, operation, message or schema in the preview moves the editor to its source. */
export function useSectionNavigation(): (event: MouseEvent<HTMLElement>) => void {
  const store = useStudioStore();
  return useCallback(
    (event: MouseEvent<HTMLElement>) => {
      const target = event.target as Element;
      // Links and the component's own buttons (expand, collapse) do their own thing; selecting text too.
      if (event.defaultPrevented || target.closest('a, button, summary') || window.getSelection()?.toString()) return;
      const lines = selectSourceLines(store.getState());
      const line = lines && lineForPath(pathFrom(target, event.currentTarget), lines);
      if (line !== undefined) store.getState().goTo(line);
    },
    [store],
  );
}
