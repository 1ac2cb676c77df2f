import { test as base, expect } from '@playwright/test';
import { EditorPage } from './pages/EditorPage';
import { ProblemsPage } from './pages/ProblemsPage';

export { corpusPath as corpusFile, readCorpus } from '../lib/testing/corpus';

interface StudioFixtures {
  editor: EditorPage;
  problems: ProblemsPage;
  /** Every request the page made to a host other than the studio's own. */
  outsideRequests: string[];
}

export const test = base.extend<StudioFixtures>({
  outsideRequests: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const outside: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('data:') || url.startsWith('blob:')) return;
      if (new URL(url).origin !== origin) outside.push(url);
    });
    await use(outside);
  },
  editor: async ({ page }, use) => {
    await use(new EditorPage(page));
  },
  problems: async ({ page }, use) => {
    await use(new ProblemsPage(page));
  },
});

export { expect };
