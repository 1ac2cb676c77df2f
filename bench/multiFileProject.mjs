// A generated project of many files for the benchmark: one AsyncAPI 3.0.0 document whose channels,
// messages and payload schemas each live in their own file (1 + 3 × groups files: 40 for 13 groups), and
// the same content as one file (channels inline, messages and schemas in components), so the two can be
// validated side by side. Each channel has a send and a receive operation; each schema ~25 properties.

const TYPES = ['string', 'integer', 'number', 'boolean'];

function pad(i) {
  return String(i).padStart(3, '0');
}

function schemaLines(i, properties, indent) {
  const lines = ['type: object', 'required:', '  - field01', 'properties:'];
  for (let p = 1; p <= properties; p++) {
    lines.push(`  field${String(p).padStart(2, '0')}:`, `    type: ${TYPES[p % TYPES.length]}`, `    description: Field ${p} of event ${i}.`);
  }
  return lines.map((line) => `${indent}${line}`);
}

function header(title) {
  return ['asyncapi: 3.0.0', 'info:', `  title: ${title}`, '  version: 1.0.0', 'channels:'];
}

function operations(groups) {
  const out = ['operations:'];
  for (let i = 1; i <= groups; i++) {
    for (const action of ['send', 'receive']) {
      out.push(
        `  ${action}Event${pad(i)}:`,
        `    action: ${action}`,
        '    channel:',
        `      $ref: '#/channels/channel${pad(i)}'`,
        '    messages:',
        `      - $ref: '#/channels/channel${pad(i)}/messages/event${pad(i)}'`,
      );
    }
  }
  return out;
}

/**
 * `files`: workspace path → text (the document is `documentPath`); `single`: the same content in one file,
 * messages and schemas in components (as a bundle writes it); `inline`: in one file with nothing referenced.
 * @param {number} groups channel + message + schema files per group
 */
export function generateMultiFileProject(groups = 13, { properties = 25, title = 'Bench Multi-file API' } = {}) {
  const files = {};
  const main = header(title);
  const single = header(title);
  for (let i = 1; i <= groups; i++) {
    main.push(`  channel${pad(i)}:`, `    $ref: './channels/channel${pad(i)}.yaml'`);
    const channel = [`address: bench.resource${pad(i)}.events`, `description: Events about resource ${i}.`, 'messages:', `  event${pad(i)}:`];
    files[`channels/channel${pad(i)}.yaml`] = [...channel, `    $ref: '../messages/event${pad(i)}.yaml'`].join('\n') + '\n';
    single.push(`  channel${pad(i)}:`, ...channel.map((l) => `    ${l}`), `        $ref: '#/components/messages/event${pad(i)}'`);
    const message = [`name: Event${pad(i)}`, `title: Event number ${i}`, 'contentType: application/json', 'payload:'];
    files[`messages/event${pad(i)}.yaml`] = [...message, `  $ref: '../schemas/event${pad(i)}.yaml'`].join('\n') + '\n';
    files[`schemas/event${pad(i)}.yaml`] = schemaLines(i, properties, '').join('\n') + '\n';
  }
  main.push(...operations(groups));
  single.push(...operations(groups), 'components:', '  messages:');
  for (let i = 1; i <= groups; i++) {
    single.push(`    event${pad(i)}:`, `      name: Event${pad(i)}`, `      title: Event number ${i}`, '      contentType: application/json', '      payload:', `        $ref: '#/components/schemas/event${pad(i)}'`);
  }
  single.push('  schemas:');
  for (let i = 1; i <= groups; i++) single.push(`    event${pad(i)}:`, ...schemaLines(i, properties, '      '));
  const inline = header(title);
  for (let i = 1; i <= groups; i++) {
    inline.push(
      `  channel${pad(i)}:`,
      `    address: bench.resource${pad(i)}.events`,
      `    description: Events about resource ${i}.`,
      '    messages:',
      `      event${pad(i)}:`,
      `        name: Event${pad(i)}`,
      `        title: Event number ${i}`,
      '        contentType: application/json',
      '        payload:',
      ...schemaLines(i, properties, '          '),
    );
  }
  inline.push(...operations(groups));
  const documentPath = 'asyncapi.yaml';
  files[documentPath] = main.join('\n') + '\n';
  return { documentPath, files, single: single.join('\n') + '\n', inline: inline.join('\n') + '\n' };
}

// `node bench/multiFileProject.mjs [groups] <folder>` writes the project (and single.yaml) into <folder>.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  const { dirname, join } = await import('node:path');
  const folder = process.argv[3] ?? 'multi-file-project';
  const { files, single } = generateMultiFileProject(Number(process.argv[2] || 13));
  for (const [path, text] of Object.entries({ ...files, 'single.yaml': single })) {
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), text);
  }
  console.log(`${Object.keys(files).length} files written to ${folder}/ (plus single.yaml)`);
}
