'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { Code, FileText, FlaskConical, Gauge, History, ListTree, Network, Radio, SquarePen } from 'lucide-react';
import type { LucideIcon } from 'lucide-react';
import PreviewPanel from '@/components/preview/PreviewPanel';
import { LazyVisualizer } from '@/components/visualizer/LazyVisualizer';
import type { PanelName } from '@/state/uiSlice';

const loading = () => <p className="panel-placeholder">Loading…</p>;
// Each panel's code loads when it is first opened, so the studio starts with the editor alone.
const OutlinePanel = dynamic(() => import('@/components/outline/OutlinePanel'), { ssr: false, loading });
const InspectorPanel = dynamic(() => import('@/components/inspector/InspectorPanel'), { ssr: false, loading });
const MessageLabPanel = dynamic(() => import('@/components/messageLab/MessageLabPanel'), { ssr: false, loading });
const GeneratePanel = dynamic(() => import('@/components/generate/GeneratePanel'), { ssr: false, loading });
const QualityPanel = dynamic(() => import('@/components/governance/QualityPanel'), { ssr: false, loading });
const HistoryPanel = dynamic(() => import('@/components/history/HistoryPanel'), { ssr: false, loading });
const TryPanel = dynamic(() => import('@/components/try/TryPanel'), { ssr: false, loading });

export interface PanelDefinition {
  name: PanelName;
  /** The toolbar's label. */
  label: string;
  /** The toolbar toggle's test id, when the contract names it otherwise than `show-<name>`. */
  toggleTestId?: string;
  /** The toolbar button's tooltip. */
  title: string;
  /** Shown on the toolbar button and the panel's tab (lucide-react). */
  icon: LucideIcon;
  /**
   * Panels with their own header and test id (preview, visualizer) render as they are; the others
   * get a section with `testId`, named by `heading` (its tab shows the label).
   */
  frame?: { testId: string; heading: string; narrow?: boolean };
  render: () => ReactNode;
}

/** Every panel beside the editor: adding a panel is one entry here and its name in PANEL_NAMES. */
export const PANELS: readonly PanelDefinition[] = [
  { name: 'preview', label: 'Documentation', title: 'Show the rendered documentation beside the editor', icon: FileText, render: () => <PreviewPanel /> },
  { name: 'visualizer', label: 'Visualizer', title: 'Show who produces and who consumes what', icon: Network, render: () => <LazyVisualizer /> },
  {
    name: 'outline',
    label: 'Outline',
    title: 'Servers, channels, operations, messages and schemas',
    icon: ListTree,
    frame: { testId: 'outline', heading: 'Outline', narrow: true },
    render: () => <OutlinePanel />,
  },
  {
    name: 'inspector',
    label: 'Inspector',
    title: 'Edit the selected server, channel, operation or message in a form',
    icon: SquarePen,
    frame: { testId: 'inspector', heading: 'Inspector' },
    render: () => <InspectorPanel />,
  },
  {
    name: 'lab',
    label: 'Message lab',
    title: "Check example messages against the document's schemas",
    icon: FlaskConical,
    frame: { testId: 'message-lab', heading: 'Message lab' },
    render: () => <MessageLabPanel />,
  },
  {
    name: 'generate',
    label: 'Generate',
    title: 'Typed models of the messages in TypeScript, Java, Python, Go, C#, Rust or Kotlin',
    icon: Code,
    frame: { testId: 'generate', heading: 'Generate models' },
    render: () => <GeneratePanel />,
  },
  {
    name: 'quality',
    label: 'Quality',
    title: 'The quality score from the rule catalogue, and SARIF/JSON reports',
    icon: Gauge,
    frame: { testId: 'quality', heading: 'Quality' },
    render: () => <QualityPanel />,
  },
  {
    name: 'history',
    label: 'History',
    title: 'Revisions of this file kept in this browser: restore one or compare with it',
    toggleTestId: 'history-button',
    icon: History,
    frame: { testId: 'history', heading: 'History', narrow: true },
    render: () => <HistoryPanel />,
  },
  {
    name: 'try',
    label: 'Try it',
    toggleTestId: 'try-button',
    icon: Radio,
    title: "Connect to the document's servers, send messages and check what arrives against the schemas",
    frame: { testId: 'try-panel', heading: 'Try it live' },
    render: () => <TryPanel />,
  },
];

const byName = new Map(PANELS.map((panel) => [panel.name, panel]));

export function panelDefinition(name: PanelName): PanelDefinition {
  const panel = byName.get(name);
  if (!panel) throw new Error(`No panel "${name}" in components/layout/panelRegistry.tsx`);
  return panel;
}
