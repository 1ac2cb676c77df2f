'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import PreviewPanel from '@/components/preview/PreviewPanel';
import { LazyVisualizer } from '@/components/visualizer/LazyVisualizer';
import type { PanelName } from '@/state/uiSlice';

const loading = () => <p className="panel-placeholder">Loading…</p>;
// Each panel's code loads when it is first opened, so the studio starts with the editor alone.
const OutlinePanel = dynamic(() => import('@/components/outline/OutlinePanel'), { ssr: false, loading });
const InspectorPanel = dynamic(() => import('@/components/inspector/InspectorPanel'), { ssr: false, loading });
const MessageLabPanel = dynamic(() => import('@/components/messageLab/MessageLabPanel'), { ssr: false, loading });
const GeneratePanel = dynamic(() => import('@/components/generate/GeneratePanel'), { ssr: false, loading });

export interface PanelDefinition {
  name: PanelName;
  /** The toolbar's label (test id `show-<name>`). */
  label: string;
  /** The toolbar button's tooltip. */
  title: string;
  /**
   * Panels with their own header and test id (preview, visualizer) render as they are; the others
   * get a titled section with `testId`.
   */
  frame?: { testId: string; heading: string; narrow?: boolean };
  render: () => ReactNode;
}

/** Every panel beside the editor: adding a panel is one entry here and its name in PANEL_NAMES. */
export const PANELS: readonly PanelDefinition[] = [
  { name: 'preview', label: 'Documentation', title: 'Show the rendered documentation beside the editor', render: () => <PreviewPanel /> },
  { name: 'visualizer', label: 'Visualizer', title: 'Show who produces and who consumes what', render: () => <LazyVisualizer /> },
  {
    name: 'outline',
    label: 'Outline',
    title: 'Servers, channels, operations, messages and schemas',
    frame: { testId: 'outline', heading: 'Outline', narrow: true },
    render: () => <OutlinePanel />,
  },
  {
    name: 'inspector',
    label: 'Inspector',
    title: 'Edit the selected server, channel, operation or message in a form',
    frame: { testId: 'inspector', heading: 'Inspector' },
    render: () => <InspectorPanel />,
  },
  {
    name: 'lab',
    label: 'Message lab',
    title: "Check example messages against the document's schemas",
    frame: { testId: 'message-lab', heading: 'Message lab' },
    render: () => <MessageLabPanel />,
  },
  {
    name: 'generate',
    label: 'Generate',
    title: 'Typed models of the messages in TypeScript, Java, Python, Go, C#, Rust or Kotlin',
    frame: { testId: 'generate', heading: 'Generate models' },
    render: () => <GeneratePanel />,
  },
];
