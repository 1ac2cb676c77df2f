import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import type { FlowNode } from './flowGraph';
import { graphOfText, lineOf } from './graphTestKit';
import { nodeAtLine } from './nodeAtLine';

function node(id: string, startLine: number, endLine: number): FlowNode {
  return { id, kind: 'channel', label: id, facts: [], range: { startLine, startColumn: 1, endLine, endColumn: 1 } };
}

describe('nodeAtLine', () => {
  it('picks the innermost range holding the line, whatever the order', () => {
    const outer = node('outer', 1, 50);
    const inner = node('inner', 10, 20);
    const innermost = node('innermost', 12, 14);
    expect(nodeAtLine([outer, innermost, inner], 13)?.id).toBe('innermost');
    expect(nodeAtLine([innermost, inner, outer], 18)?.id).toBe('inner');
    expect(nodeAtLine([inner, outer], 50)?.id).toBe('outer');
    expect(nodeAtLine([inner, outer], 51)).toBeUndefined();
    expect(nodeAtLine([{ ...outer, range: undefined }], 5)).toBeUndefined();
  });

  it('finds the default document element under the cursor', async () => {
    const { graph } = await graphOfText(DEFAULT_DOCUMENT);
    const operations = lineOf(DEFAULT_DOCUMENT, 'operations:');
    expect(nodeAtLine(graph.nodes, lineOf(DEFAULT_DOCUMENT, '    address: parcels.{parcelId}.delivered'))?.id).toBe('channel:parcelDelivered');
    expect(nodeAtLine(graph.nodes, lineOf(DEFAULT_DOCUMENT, '    summary: The tracking service closes', operations))?.id).toBe('operation:confirmDelivery');
    expect(nodeAtLine(graph.nodes, lineOf(DEFAULT_DOCUMENT, '    protocol: mqtt'))?.id).toBe('server:handhelds');
    expect(nodeAtLine(graph.nodes, lineOf(DEFAULT_DOCUMENT, '      contentType: application/json'))?.id).toBe('message:locationUpdated');
    expect(nodeAtLine(graph.nodes, lineOf(DEFAULT_DOCUMENT, 'defaultContentType'))).toBeUndefined();
  });
});
