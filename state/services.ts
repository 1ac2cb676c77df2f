import { createAnalysisClient } from '@/workers/analysisClient';
import type { AnalysisCallbacks, AnalysisClient } from '@/workers/analysisClient';
import { createAssistClient } from '@/workers/assistClient';
import type { AssistClient } from '@/workers/assistClient';
import { createCodegenClient } from '@/workers/codegenClient';
import { createCompareClient } from '@/workers/compareClient';
import type { CompareClient } from '@/workers/compareClient';
import type { CodegenClient } from '@/workers/codegenClient';
import { createConvertClient } from '@/workers/convertClient';
import type { ConvertClient } from '@/workers/convertClient';
import { createDocsExportClient } from '@/workers/docsExportClient';
import { createEditClient } from '@/workers/editClient';
import type { EditClient } from '@/workers/editClient';
import type { DocsExportClient } from '@/workers/docsExportClient';
import { createGovernanceClient } from '@/workers/governanceClient';
import { createExamplesClient } from '@/workers/examplesClient';
import type { ExamplesClient } from '@/workers/examplesClient';
import type { GovernanceClient } from '@/workers/governanceClient';
import { createLabClient } from '@/workers/labClient';
import { createLayoutClient } from '@/workers/layoutClient';
import type { LayoutClient } from '@/workers/layoutClient';
import type { LabClient } from '@/workers/labClient';

/**
 * The studio's workers, as the store's actions and effects reach them. Components never hold a
 * client: they call store actions. Each client starts its worker on its first job.
 */
export interface StudioServices {
  analysis: AnalysisClient;
  convert: ConvertClient;
  docsExport: DocsExportClient;
  codegen: CodegenClient;
  lab: LabClient;
  assist: AssistClient;
  governance: GovernanceClient;
  examples: ExamplesClient;
  compare: CompareClient;
  edit: EditClient;
  /** The visualizer's graph layout, in its own worker with its own time limit. */
  layout: LayoutClient;
}

/**
 * Every client over a real browser worker; the analysis results go to `analysisCallbacks`. The analysis
 * workers start once `startAfter` settles (on a cold load, when the editor has painted).
 */
export function createBrowserServices(analysisCallbacks: AnalysisCallbacks, options: { startAfter?: Promise<unknown> } = {}): StudioServices {
  return {
    analysis: createAnalysisClient(analysisCallbacks, { startAfter: options.startAfter }),
    convert: createConvertClient(),
    docsExport: createDocsExportClient(),
    codegen: createCodegenClient(),
    lab: createLabClient(),
    assist: createAssistClient(),
    governance: createGovernanceClient(),
    examples: createExamplesClient(),
    compare: createCompareClient(),
    edit: createEditClient(),
    layout: createLayoutClient(),
  };
}

export function disposeServices(services: StudioServices): void {
  for (const client of Object.values(services) as Array<{ dispose(): void }>) client.dispose();
}
