import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCUMENT } from '@/lib/defaultDocument';
import { localRefTargets } from './refCompletion';

describe('localRefTargets', () => {
  it('lists the components, channels and channel messages of the default document', () => {
    const targets = localRefTargets(DEFAULT_DOCUMENT);
    expect(targets).toEqual(
      expect.arrayContaining([
        '#/components/messages/locationUpdated',
        '#/components/schemas/parcelId',
        '#/components/parameters/parcelId',
        '#/components/securitySchemes/saslScram',
        '#/channels/parcelLocation',
        '#/channels/parcelLocation/messages/locationUpdated',
      ]),
    );
    expect(targets).not.toContain('#/components/messages/locationUpdated/payload');
  });

  it('escapes each key as a JSON pointer token: a 2.x channel keyed by its address, a key with a tilde', () => {
    const text = ['channels:', '  user/signedup:', '    subscribe: {}', 'components:', '  schemas:', '    "a~b":', '      type: string', ''].join('\n');
    expect(localRefTargets(text)).toEqual(['#/channels/user~1signedup', '#/components/schemas/a~0b']);
  });
});
