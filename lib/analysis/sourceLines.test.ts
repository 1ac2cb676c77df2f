import { describe, expect, it } from 'vitest';
import { readCorpus } from '@/lib/testing/corpus';
import { createParser } from './createParser';
import { createLocate } from './locate';
import type { RangeSource } from './locate';
import { buildSourceLines } from './sourceLines';

const parser = createParser();

async function linesOf(relative: string) {
  const text = readCorpus(relative);
  const { document, extras } = await parser.parse(text);
  if (!document || !extras) throw new Error(`${relative} did not parse`);
  const lineOf = (start: string) => text.split('\n').findIndex((l) => l.startsWith(start)) + 1;
  return { lines: buildSourceLines(document, createLocate(extras.document as unknown as RangeSource)), lineOf };
}

describe('buildSourceLines', () => {
  it('finds the servers, channels, operations, messages and schemas of a 3.0 document', async () => {
    const { lines, lineOf } = await linesOf('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    expect(lines.info).toBe(lineOf('info:'));
    expect(lines['servers/scram-connections']).toBe(lineOf('  scram-connections:'));
    expect(lines['channels/lightingMeasured']).toBe(lineOf('  lightingMeasured:'));
    expect(lines['operations/turnOn']).toBe(lineOf('  turnOn:'));
    expect(lines['operations/turnOn/channel']).toBe(lineOf('  lightTurnOn:'));
    expect(lines['messages/lightMeasured']).toBe(lineOf('    lightMeasured:'));
    expect(lines['schemas/sentAt']).toBe(lineOf('    sentAt:'));
    expect(lines['section/operations']).toBe(lineOf('operations:'));
  });

  it('places a 2.x operation at its publish/subscribe key and its channel at the channel key', async () => {
    const { lines, lineOf } = await linesOf('spec-examples/2.6.0/streetlights-kafka.yml');
    const channelLine = lineOf('  smartylighting.streetlights.1.0.action.{streetlightId}.turn.on:');
    expect(lines['channels/smartylighting.streetlights.1.0.action.{streetlightId}.turn.on']).toBe(channelLine);
    expect(lines['operations/turnOn/channel']).toBe(channelLine);
    expect(lines['operations/turnOn']).toBeGreaterThan(channelLine);
    expect(lines['section/operations']).toBe(lineOf('channels:'));
  });

  it('unescapes "/" in channel keys (JSON pointer ~1)', async () => {
    const { lines, lineOf } = await linesOf('cli/specification-avro.yml');
    expect(lines['channels/user/signedup']).toBe(lineOf('  user/signedup:'));
  });
});
