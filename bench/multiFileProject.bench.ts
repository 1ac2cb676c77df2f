// Node figures for the 40-file project (`npx vitest bench --run bench/multiFileProject.bench.ts`): the
// analysis of its document with the files as a workspace, against the same content in one file. The
// browser figure belongs in `npm run bench`; this one runs the same worker code without a browser.
import { bench, describe } from 'vitest';
import { analyzeDocument } from '@/lib/analysis/analyzeDocument';
import { createParser } from '@/lib/analysis/createParser';
import { analyzeWorkspaceDocument } from '@/lib/workspace/analyzeWorkspaceDocument';
import { WorkspaceFileStore } from '@/lib/workspace/fileStore';
import { generateMultiFileProject } from './multiFileProject.mjs';

const { documentPath, files, single, inline } = generateMultiFileProject(13);
const parser = createParser({ isOriginAllowed: () => false });
// As in the worker while the user types in the document: the other files' texts and checks are kept.
const store = WorkspaceFileStore.fromTexts(files);
let edit = 0;

describe('40-file project: the active document validates', () => {
  bench(
    'same content in one file, components (as bundled)',
    async () => {
      const outcome = await analyzeDocument(parser, `${single}# edit ${edit++}\n`);
      if (!outcome.valid) throw new Error('single file invalid');
    },
    { warmupIterations: 2, iterations: 12, time: 0 },
  );
  bench(
    'same content in one file, nothing referenced',
    async () => {
      const outcome = await analyzeDocument(parser, `${inline}# edit ${edit++}\n`);
      if (!outcome.valid) throw new Error('inline file invalid');
    },
    { warmupIterations: 2, iterations: 12, time: 0 },
  );
  bench(
    '40 files (workspace)',
    async () => {
      const analysis = await analyzeWorkspaceDocument(parser, {
        documentPath,
        text: `${files[documentPath]}# edit ${edit++}\n`,
        reader: store,
        isOriginAllowed: () => false,
      });
      if (analysis.kind !== 'done' || !analysis.outcome.valid) throw new Error('workspace invalid');
    },
    { warmupIterations: 2, iterations: 12, time: 0 },
  );
});
