import { stringify } from '@asyncapi/parser';
import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import type { Locate } from './sourceMap';
import { buildOutline } from '@/lib/editorIntel/outline';
import type { OutlineSection } from '@/lib/editorIntel/outline';
import { labMessages } from '@/lib/messageLab/labMessages';
import type { LabMessage } from '@/lib/messageLab/labMessages';
import { createGraphViewBuilder } from '@/lib/graph/graphView';
import type { GraphView } from '@/lib/graph/graphView';
import { buildLiveView } from '@/lib/live/document/liveView';
import type { LiveView } from '@/lib/live/document/liveView';
import { buildSectionFingerprints } from './sectionFingerprints';
import type { SectionFingerprints } from './sectionFingerprints';
import { buildSourceLines } from './sourceLines';
import type { SourceLines } from './sourceLines';

/** What the worker has at hand after a successful parse, for building the panels' data. */
export interface ViewContext {
  document: AsyncAPIDocumentInterface;
  locate: Locate;
  text: string;
}

/** Plain, serializable data each panel needs. Built only for the panels that asked (open panels). */
export interface DerivedViews {
  /** `stringify(document)` from @asyncapi/parser; the page rebuilds the model with `unstringify`. */
  documentJson?: string;
  /** Every message with its schemas (as written and as JSON Schema) and examples, for the message lab. */
  labMessages?: LabMessage[];
  /** Servers, channels, operations, messages and schemas with where each is written, for the outline. */
  outline?: OutlineSection[];
  /** The visualizer's graph and layout (laid out again only when its structure changed). */
  graph?: GraphView;
  /** Where each documented element starts, so the preview can move the editor there. */
  sourceLines?: SourceLines;
  /** What each operation, message and schema of the preview shows, hashed: unchanged items are not rendered again. */
  sectionFingerprints?: SectionFingerprints;
  /** Servers, channels, operations and messages (schemas, generated examples) as the Try panel uses them. */
  liveView?: LiveView;
}

export type ViewName = keyof DerivedViews;

type Builders = { [K in ViewName]-?: (ctx: ViewContext) => DerivedViews[K] };

const buildGraphView = createGraphViewBuilder();

const builders: Builders = {
  documentJson: (ctx) => stringify(ctx.document),
  labMessages: (ctx) => labMessages(ctx.document),
  outline: (ctx) => buildOutline(ctx.document.meta().asyncapi.parsed, ctx.locate),
  graph: (ctx) => buildGraphView(ctx.document, ctx.locate),
  sourceLines: (ctx) => buildSourceLines(ctx.document, ctx.locate),
  sectionFingerprints: (ctx) => buildSectionFingerprints(ctx.document),
  liveView: (ctx) => buildLiveView(ctx.document),
};

export function buildViews(ctx: ViewContext, wanted: ReadonlyArray<ViewName>): DerivedViews {
  const views: DerivedViews = {};
  for (const name of wanted) {
    const build = builders[name] as (c: ViewContext) => DerivedViews[typeof name];
    (views as Record<ViewName, unknown>)[name] = build(ctx);
  }
  return views;
}
