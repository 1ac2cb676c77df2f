import type { FlowEdgeKind, FlowNodeKind } from './flowGraph';

// One palette for the canvas and the exported picture, so an export looks like the screen.

export interface Palette {
  background: string;
  card: string;
  text: string;
  muted: string;
  kinds: Record<FlowNodeKind, string>;
  edges: Record<FlowEdgeKind, string>;
}

export const LIGHT_PALETTE: Palette = {
  background: '#ffffff',
  card: '#ffffff',
  text: '#1b2330',
  muted: '#5b6778',
  kinds: { application: '#6b4fd8', server: '#0f8a7e', channel: '#1d6fd6', operation: '#c25e00', message: '#a3378f' },
  edges: { sends: '#c25e00', receives: '#1f8a4c', carries: '#a3378f', hosts: '#0f8a7e', reply: '#6b4fd8' },
};

export const DARK_PALETTE: Palette = {
  background: '#1e1e1e',
  card: '#252830',
  text: '#e3e7ee',
  muted: '#9aa5b5',
  kinds: { application: '#a591ff', server: '#3ccfbf', channel: '#5aa3ff', operation: '#ffa04d', message: '#ee82d9' },
  edges: { sends: '#ffa04d', receives: '#4ccd85', carries: '#ee82d9', hosts: '#3ccfbf', reply: '#a591ff' },
};

/**
 * Sends are solid and receives dashed, so the two read apart without colour; replies are dash-dotted
 * (they answer, they do not carry the flow); hosting is dotted.
 */
export function edgeDash(kind: FlowEdgeKind): string | undefined {
  if (kind === 'receives') return '7 4';
  if (kind === 'reply') return '8 3 2 3';
  if (kind === 'hosts') return '2 4';
  return undefined;
}

/** What each kind of edge means, for the legend and the edges' accessible names. */
export const EDGE_TITLES: Record<FlowEdgeKind, string> = {
  sends: 'sends',
  receives: 'receives',
  carries: 'carries message',
  hosts: 'hosts channel',
  reply: 'replies on',
};

export const KIND_TITLES: Record<FlowNodeKind, string> = {
  application: 'Application',
  server: 'Server',
  channel: 'Channel',
  operation: 'Operation',
  message: 'Message',
};
