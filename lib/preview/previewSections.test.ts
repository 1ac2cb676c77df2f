import { describe, expect, it } from 'vitest';
import { keyAtLine, keysForId, lineForPath, sectionIdsForKey } from './previewSections';

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

describe('editor cursor → preview section', () => {
  it('finds the element the cursor is in, ignoring section headings', () => {
    expect(keyAtLine(lines, 1)).toBeUndefined();
    expect(keyAtLine(lines, 3)).toBe('info');
    expect(keyAtLine(lines, 21)).toBe('servers/prod-security');
    expect(keyAtLine(lines, 33)).toBe('channels/lights');
    expect(keyAtLine(lines, 45)).toBe('operations/turnOn');
    expect(keyAtLine(lines, 999)).toBe('schemas/sentAt');
  });

  it('names the react-component sections that show it; a channel is shown by its operations', () => {
    expect(sectionIdsForKey('info', lines)).toEqual(['introduction']);
    expect(sectionIdsForKey('servers/prod', lines)).toEqual(['server-prod']);
    expect(sectionIdsForKey('operations/turnOn', lines)).toContain('operation-send-turnOn');
    expect(sectionIdsForKey('channels/lights', lines)).toContain('operation-receive-turnOn');
    expect(sectionIdsForKey('messages/lightMeasured', lines)).toEqual(['message-lightMeasured']);
    expect(sectionIdsForKey('schemas/sentAt', lines)).toEqual(['schema-sentAt']);
  });
});
