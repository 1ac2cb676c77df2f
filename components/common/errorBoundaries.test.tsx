// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PanelErrorBoundary } from './PanelErrorBoundary';
import { TopErrorBoundary } from './TopErrorBoundary';

// React reads this to know it runs under a test's act().
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Broken(): never {
  throw new Error('the panel broke');
}

function mount(node: React.ReactNode) {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  act(() => root.render(node));
  return { host, unmount: () => act(() => root.unmount()) };
}

afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('error boundaries keep the user’s text', () => {
  it('a failing panel shows its own fallback and leaves its neighbours rendered', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { host, unmount } = mount(
      <>
        <PanelErrorBoundary name="problems">
          <Broken />
        </PanelErrorBoundary>
        <p data-testid="neighbour">editor still here</p>
      </>,
    );
    expect(host.querySelector('[data-testid="panel-error"]')?.textContent).toContain('The problems panel failed: the panel broke');
    expect(host.querySelector('[data-testid="neighbour"]')?.textContent).toBe('editor still here');
    unmount();
  });

  it('when everything fails, the fallback shows the document text to copy', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { host, unmount } = mount(
      <TopErrorBoundary readText={() => 'asyncapi: 3.1.0\ninfo:\n  title: my work\n'}>
        <Broken />
      </TopErrorBoundary>,
    );
    expect(host.querySelector('[data-testid="top-error"]')?.textContent).toContain('The studio ran into a problem');
    expect(host.querySelector<HTMLTextAreaElement>('textarea[aria-label="Your document"]')?.value).toContain('title: my work');
    unmount();
  });
});
