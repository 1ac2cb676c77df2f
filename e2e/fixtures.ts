import { test as base, expect } from '@playwright/test';
import type { ConsoleMessage, Page } from '@playwright/test';
import { ConvertDialogPage } from './pages/ConvertDialogPage';
import { EditorPage } from './pages/EditorPage';
import { FileTreePage } from './pages/FileTreePage';
import { GeneratePage } from './pages/GeneratePage';
import { HistoryPage } from './pages/HistoryPage';
import { GuidePage } from './pages/GuidePage';
import { HostilePage } from './pages/HostilePage';
import { InspectorPage } from './pages/InspectorPage';
import { LabPage } from './pages/LabPage';
import { PreviewPage } from './pages/PreviewPage';
import { ProblemsPage } from './pages/ProblemsPage';
import { StudioFiles } from './pages/StudioFiles';
import { TryPanelPage } from './pages/TryPanelPage';
import { VisualizerPage } from './pages/VisualizerPage';
import { WorkspacePage } from './pages/WorkspacePage';
import { WorkbenchPage } from './pages/WorkbenchPage';

export { corpusPath as corpusFile, readCorpus } from '../lib/testing/corpus';

/**
 * Console errors that come from the browser itself, not from the studio, each with its reason.
 * Anything else the page logs as an error, or throws, fails the test.
 */
const BROWSER_NOISE: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  // A request cut short by a reload or navigation (Chromium logs the aborted fetch of a chunk or worker).
  { pattern: /^Failed to load resource: net::ERR_ABORTED/, reason: 'requests aborted by a reload' },
  // Tests that open links to hosts that do not answer, or that the CSP refuses on purpose, see the browser's own report.
  { pattern: /^Failed to load resource: net::ERR_(CONNECTION_REFUSED|NAME_NOT_RESOLVED|BLOCKED_BY_CLIENT)/, reason: 'requests the test makes fail on purpose' },
  { pattern: /violates the following Content Security Policy directive/, reason: 'the CSP refusing what a hostile document asks for is the point of those tests' },
];

export interface PageProblems {
  /** Uncaught exceptions and console errors seen so far (browser noise excluded). */
  readonly seen: string[];
  /** Accepts errors matching `pattern` in this test only (a test that breaks something on purpose). */
  expect(pattern: RegExp): void;
}

interface StudioFixtures {
  editor: EditorPage;
  problems: ProblemsPage;
  preview: PreviewPage;
  visualizer: VisualizerPage;
  lab: LabPage;
  generate: GeneratePage;
  convert: ConvertDialogPage;
  workspace: WorkspacePage;
  workbench: WorkbenchPage;
  files: StudioFiles;
  fileTree: FileTreePage;
  hostile: HostilePage;
  history: HistoryPage;
  tryPanel: TryPanelPage;
  inspector: InspectorPage;
  guide: GuidePage;
  /** Every request the page made to a host other than the studio's own. */
  outsideRequests: string[];
  /** Fails the test on any uncaught exception or console error of the app (an automatic fixture). */
  pageProblems: PageProblems;
  /** A page in a fresh browser profile (another user), watched for errors like the test's own page. */
  openVisitor: () => Promise<Page>;
}

function describeConsole(message: ConsoleMessage): string {
  const at = message.location();
  return `console.error: ${message.text()}${at.url ? ` (${at.url}:${at.lineNumber})` : ''}`;
}

/** Watches a page (and pages it opens) for uncaught exceptions and console errors. */
export function watchPage(page: Page, seen: string[]): void {
  page.on('pageerror', (error) => seen.push(`uncaught: ${error.stack ?? error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (BROWSER_NOISE.some((noise) => noise.pattern.test(message.text()))) return;
    seen.push(describeConsole(message));
  });
}

export const test = base.extend<StudioFixtures>({
  pageProblems: [
    async ({ page, context }, use) => {
      const seen: string[] = [];
      const expected: RegExp[] = [];
      watchPage(page, seen);
      context.on('page', (other) => other !== page && watchPage(other, seen));
      await use({ seen, expect: (pattern) => expected.push(pattern) });
      const unexpected = seen.filter((line) => !expected.some((pattern) => pattern.test(line)));
      expect(unexpected, 'the page threw or logged an error').toEqual([]);
    },
    { auto: true },
  ],
  openVisitor: async ({ browser, pageProblems }, use) => {
    const contexts: Array<Awaited<ReturnType<typeof browser.newContext>>> = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const visitor = await context.newPage();
      watchPage(visitor, pageProblems.seen);
      return visitor;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
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
  editor: async ({ page }, use) => use(new EditorPage(page)),
  problems: async ({ page }, use) => use(new ProblemsPage(page)),
  preview: async ({ page }, use) => use(new PreviewPage(page)),
  visualizer: async ({ page }, use) => use(new VisualizerPage(page)),
  lab: async ({ page }, use) => use(new LabPage(page)),
  generate: async ({ page }, use) => use(new GeneratePage(page)),
  convert: async ({ page }, use) => use(new ConvertDialogPage(page)),
  workspace: async ({ page }, use) => use(new WorkspacePage(page)),
  workbench: async ({ page }, use) => use(new WorkbenchPage(page)),
  files: async ({ page }, use) => use(new StudioFiles(page)),
  fileTree: async ({ page }, use) => use(new FileTreePage(page)),
  hostile: async ({ page }, use) => use(new HostilePage(page)),
  history: async ({ page }, use) => use(new HistoryPage(page)),
  tryPanel: async ({ page }, use) => use(new TryPanelPage(page)),
  inspector: async ({ page }, use) => use(new InspectorPage(page)),
  guide: async ({ page }, use) => use(new GuidePage(page)),
});

export { expect };
