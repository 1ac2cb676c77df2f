// @vitest-environment jsdom
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import type * as ProblemActions from './problemActions';
import { ProblemRow } from './ProblemRow';
import type { ProblemRowActions } from './ProblemRow';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// Each render of a row asks for its catalogue rule once: counted here.
const asked = vi.hoisted(() => ({ count: 0 }));
vi.mock('./problemActions', async (importOriginal) => {
  const actual = await importOriginal<typeof ProblemActions>();
  return {
    ...actual,
    catalogueRuleOf: (d: Diagnostic) => {
      asked.count++;
      return actual.catalogueRuleOf(d);
    },
  };
});

const actions: ProblemRowActions = { select: () => {}, fix: () => {}, turnOff: () => {}, allow: () => {} };

/** What an analysis sends: new objects every time, mostly with the same content. */
const problems = (movedLine = 0): Diagnostic[] =>
  Array.from({ length: 50 }, (_, i) => ({
    severity: 'info',
    message: `Operation ${i} has no description.`,
    code: 'operation-description',
    source: 'rules',
    range: { startLine: 10 + i * 3 + (i === 7 ? movedLine : 0), startColumn: 3, endLine: 10 + i * 3, endColumn: 12 },
    path: ['operations', `op${i}`],
  }));

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ProblemRow', () => {
  it('renders again only the rows whose problem changed when a new analysis arrives', () => {
    const host = document.createElement('ul');
    document.body.append(host);
    const root = createRoot(host);
    const render = (list: Diagnostic[]) =>
      act(() => root.render(list.map((d, i) => createElement(ProblemRow, { key: i, diagnostic: d, file: 'asyncapi.yaml', fixable: false, actions }))));
    render(problems());
    expect(asked.count).toBe(50);
    asked.count = 0;
    render(problems());
    expect(asked.count).toBe(0);
    render(problems(1));
    expect(asked.count).toBe(1);
    expect(host.querySelectorAll('[data-testid=problem]')[7]?.getAttribute('data-line')).toBe(String(10 + 7 * 3 + 1));
    act(() => root.unmount());
  });
});
