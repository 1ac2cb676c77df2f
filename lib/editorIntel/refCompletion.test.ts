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
});
