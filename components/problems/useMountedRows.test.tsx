// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_ROWS, ROWS_PER_TASK, useMountedRows } from './useMountedRows';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Rows({ total }: { total: number }) {
  const mounted = useMountedRows(total);
  return createElement('ul', null, Array.from({ length: mounted }, (_, i) => createElement('li', { key: i }, i)));
}

const rows = () => document.querySelectorAll('li').length;

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

describe('useMountedRows', () => {
  it('mounts a long list a batch per task, and keeps what it mounted when the list changes', async () => {
    const host = document.body.appendChild(document.createElement('div'));
    const root = createRoot(host);
    await act(async () => root.render(createElement(Rows, { total: 300 })));
    expect(rows()).toBe(FIRST_ROWS);
    await act(async () => vi.advanceTimersToNextTimer());
    expect(rows()).toBe(FIRST_ROWS + ROWS_PER_TASK);
    // Each batch schedules the next once it is committed.
    for (let batch = 0; batch < 3; batch++) await act(async () => vi.advanceTimersToNextTimer());
    expect(rows()).toBe(300);
    expect(vi.getTimerCount()).toBe(0);
    // A new analysis with the same number of problems: every row at once (they are mounted already).
    await act(async () => root.render(createElement(Rows, { total: 280 })));
    expect(rows()).toBe(280);
    await act(async () => root.render(createElement(Rows, { total: 10 })));
    expect(rows()).toBe(10);
    act(() => root.unmount());
  });
});
