import { describe, expect, it } from 'vitest';
import { keysForId, lineForPath } from './previewSections';

const lines = {
  info: 2,
  'section/operations': 20,
  'servers/prod': 10,
  'servers/prod-security': 14,
  'channels/lights': 30,
  'operations/turnOn': 40,
  'operations/turnOn/channel': 30,
  'messages/lightMeasured': 60,
  'schemas/sentAt': 80,
};

describe('preview sections → source lines', () => {
  it('reads the ids the react-component renders', () => {
    expect(keysForId('introduction')).toEqual(['info']);
    expect(keysForId('operations')).toEqual(['section/operations']);
    expect(keysForId('server-prod-security')).toEqual(['servers/prod-security', 'servers/prod']);
    expect(keysForId('operation-receive-receiveLightMeasurement')).toEqual(['operations/receiveLightMeasurement']);
    expect(keysForId('message-lightMeasured-payload')).toEqual(['messages/lightMeasured-payload', 'messages/lightMeasured']);
    expect(keysForId('schema-sentAt')).toEqual(['schemas/sentAt']);
    expect(keysForId('something-else')).toEqual([]);
  });

  it('prefers a server whose name ends like a suffix over the shorter name', () => {
    expect(lineForPath([{ id: 'server-prod-security' }], lines)).toBe(14);
    expect(lineForPath([{ id: 'server-prod-url-variables' }], lines)).toBe(10);
  });

  it('goes to the nearest element with a known line, walking up from the click', () => {
    expect(lineForPath([{}, { id: 'message-lightMeasured-payload' }, { id: 'message-lightMeasured' }], lines)).toBe(60);
    expect(lineForPath([{}, { id: 'operation-send-lights-message' }, { id: 'operation-send-turnOn' }, { id: 'operations' }], lines)).toBe(40);
    expect(lineForPath([{ id: 'unknown' }], lines)).toBeUndefined();
  });

  it('takes an operation heading (the channel address) and its parameters to the channel', () => {
    expect(lineForPath([{}, { operationHeading: true }, {}, { id: 'operation-send-turnOn' }], lines)).toBe(30);
    expect(lineForPath([{ id: 'operation-send-lights/{id}-parameters' }, { id: 'operation-send-turnOn' }], lines)).toBe(30);
  });
});
