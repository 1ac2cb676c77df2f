// A large, valid AsyncAPI 3.0.0 document for the benchmark: N channels, each with a send and a receive
// operation and one message of ~25 payload properties (the same shape PERFORMANCE.md's figures used).

const FIELD_TYPES = [
  ['string', 'uuid'],
  ['string', 'date-time'],
  ['string', null],
  ['integer', null],
  ['number', null],
  ['boolean', null],
];

function pad(i) {
  return String(i).padStart(4, '0');
}

function messageYaml(i, properties) {
  const lines = [
    `    event${pad(i)}:`,
    `      name: Event${pad(i)}`,
    `      title: Event number ${i}`,
    `      summary: Resource ${i} changed.`,
    `      contentType: application/json`,
    `      payload:`,
    `        type: object`,
    `        required:`,
    `          - field01`,
    `          - field02`,
    `        properties:`,
  ];
  for (let p = 1; p <= properties; p++) {
    const [type, format] = FIELD_TYPES[p % FIELD_TYPES.length];
    lines.push(`          field${String(p).padStart(2, '0')}:`);
    lines.push(`            type: ${type}`);
    if (format) lines.push(`            format: ${format}`);
    if (p % 2) lines.push(`            description: Field ${p}.`);
  }
  return lines.join('\n');
}

/** The YAML text of a valid AsyncAPI 3.0.0 document with `channels` channels. */
export function generateDocument(channels = 300, { properties = 25, title = 'Bench Large API' } = {}) {
  const out = [
    'asyncapi: 3.0.0',
    'info:',
    `  title: ${title}`,
    '  version: 1.0.0',
    `  description: A generated document with ${channels} channels, used to measure the studio.`,
    'defaultContentType: application/json',
    'servers:',
    '  production:',
    '    host: broker.example.com:9092',
    '    protocol: kafka',
    'channels:',
  ];
  for (let i = 1; i <= channels; i++) {
    out.push(
      `  channel${pad(i)}:`,
      `    address: bench.resource${pad(i)}.events`,
      `    description: Events about resource ${i}.`,
      '    messages:',
      `      event${pad(i)}:`,
      `        $ref: '#/components/messages/event${pad(i)}'`,
    );
  }
  out.push('operations:');
  for (let i = 1; i <= channels; i++) {
    for (const [verb, action] of [['publish', 'send'], ['consume', 'receive']]) {
      out.push(
        `  ${verb}${pad(i)}:`,
        `    action: ${action}`,
        `    summary: ${action === 'send' ? 'Sends' : 'Receives'} event ${i}.`,
        '    channel:',
        `      $ref: '#/channels/channel${pad(i)}'`,
        '    messages:',
        `      - $ref: '#/channels/channel${pad(i)}/messages/event${pad(i)}'`,
      );
    }
  }
  out.push('components:', '  messages:');
  for (let i = 1; i <= channels; i++) out.push(messageYaml(i, properties));
  return out.join('\n') + '\n';
}

// `node bench/generateDocument.mjs [N] > big.yaml`
if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(generateDocument(Number(process.argv[2] || 300)));
}
