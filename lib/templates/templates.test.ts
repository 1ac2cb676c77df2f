import { describe, expect, it } from 'vitest';
import { load } from 'js-yaml';

import { createParser } from '@/lib/analysis/createParser';
import { findTemplate, templates } from './index';

const error = 0;
const warning = 1;

describe('template gallery', () => {
  it('offers the expected templates once each', () => {
    expect(templates.map((template) => template.id)).toEqual([
      'kafka',
      'mqtt',
      'amqp',
      'websocket',
      'nats',
      'http-sse',
      'request-reply',
      'empty',
    ]);
    expect(findTemplate('mqtt')?.title).toBe('MQTT');
    expect(findTemplate('nope')).toBeUndefined();
    for (const template of templates) {
      expect(template.title.length).toBeGreaterThan(2);
      expect(template.description.length).toBeGreaterThan(20);
    }
  });

  it.each(templates.map((template) => [template.id, template] as const))(
    '%s parses with no errors or warnings',
    async (_id, template) => {
      const { document, diagnostics } = await createParser().parse(template.text);
      const serious = diagnostics.filter((d) => d.severity === error || d.severity === warning);
      expect(serious.map((d) => `${d.path.join('.')}: ${d.message}`)).toEqual([]);
      // Nothing at all to remark: the gallery is at the newest version, so no "latest version not used" either.
      expect(diagnostics).toEqual([]);
      expect(document?.version()).toBe('3.1.0');

      const servers = document!.servers().all();
      if (template.id === 'empty') {
        expect(servers).toHaveLength(0);
        return;
      }
      expect(servers.map((server) => server.protocol())).toEqual([template.protocol]);
      const operations = document!.operations().all();
      expect(operations.length).toBeGreaterThan(0);
      for (const operation of operations) expect(operation.messages().all().length).toBeGreaterThan(0);
      const raw = load(template.text) as { channels: Record<string, Record<string, unknown>> };
      for (const channel of Object.values(raw.channels)) expect(channel).toHaveProperty('address');
    },
  );

  it('uses both directions and a reply somewhere in the gallery', async () => {
    const actions = new Set<string>();
    let replies = 0;
    for (const template of templates) {
      const { document } = await createParser().parse(template.text);
      for (const operation of document!.operations().all()) {
        actions.add(operation.action());
        if (operation.reply()) replies += 1;
      }
    }
    expect(actions).toEqual(new Set(['send', 'receive']));
    expect(replies).toBeGreaterThan(0);
  });

  it('has its bindings checked by the parser (a misspelt binding field is an error)', async () => {
    const kafka = findTemplate('kafka')!.text;
    expect(kafka).toContain('        partitions: 12\n');
    const { diagnostics } = await createParser().parse(kafka.replace('        partitions: 12\n', '        partitionCount: 12\n'));
    expect(diagnostics.filter((d) => d.severity === error).map((d) => d.message)).toContain(
      'Property "partitionCount" is not expected to be here',
    );
  });
});
