import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { collectDocContent } from './docContent';
import type { DocBinding, DocContent, DocExample, DocLink, DocMessage, DocTag } from './docContent';
import { codeBlock, escapeText, inlineCode, markdownLink, neutraliseInline, neutraliseMarkdown, tableRow } from './markdownText';
import type { SchemaRow, SchemaSummary } from './schemaRows';

// Every value from the document goes through one of: escapeText (plain values: titles, versions,
// summaries, names), inlineCode (identifiers: ids, addresses, hosts, types), codeBlock (JSON: examples,
// bindings), markdownLink (URLs, filtered like the HTML export's) or neutraliseMarkdown /
// neutraliseInline (descriptions: Markdown kept, raw HTML and unsafe links neutralised).

function link(docs: DocLink): string {
  return markdownLink(docs.description ?? docs.url, docs.url);
}

function table(header: string[], rows: string[][]): string[] {
  return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)];
}

function description(text: string | undefined): string[] {
  return text ? [neutraliseMarkdown(text), ''] : [];
}

function tagsLine(tags: DocTag[]): string[] {
  return tags.length > 0 ? [`Tags: ${tags.map((t) => inlineCode(t.name)).join(', ')}`, ''] : [];
}

/** `One of: `a`, `b`` and `Constant: `x``: values are JSON data, shown as code. */
function valuesNote(values: Pick<SchemaRow, 'enumValues' | 'constValue'>): string {
  const parts: string[] = [];
  if (values.enumValues) parts.push(`One of: ${values.enumValues.map(inlineCode).join(', ')}`);
  if (values.constValue !== undefined) parts.push(`Constant: ${inlineCode(values.constValue)}`);
  return parts.join(' ');
}

function rowDescription(row: SchemaRow): string {
  return [row.description ? neutraliseInline(row.description) : '', valuesNote(row), row.note ? `(${escapeText(row.note)})` : '']
    .filter(Boolean)
    .join(' ');
}

function schemaBlock(label: string, schema: SchemaSummary): string[] {
  const out = [`**${label}** (${inlineCode(schema.type)})`, ''];
  out.push(...description(schema.description));
  const values = valuesNote(schema);
  if (values) out.push(values, '');
  if (schema.rows.length > 0) {
    out.push(
      ...table(
        ['Name', 'Type', 'Required', 'Description'],
        schema.rows.map((row) => [escapeText(row.path), inlineCode(row.type), row.required ? 'yes' : 'no', rowDescription(row)]),
      ),
      '',
    );
  }
  if (schema.truncated) out.push(`_Only the first ${schema.rows.length} properties are listed._`, '');
  return out;
}

function bindingsBlock(bindings: DocBinding[]): string[] {
  if (bindings.length === 0) return [];
  const out = ['Bindings:', ''];
  for (const binding of bindings) {
    const version = binding.version ? ` (binding version ${inlineCode(binding.version)})` : '';
    out.push(`- ${inlineCode(binding.protocol)}${version}`, '', ...codeBlock(binding.json, 'json'), '');
  }
  return out;
}

function examplesBlock(examples: DocExample[]): string[] {
  if (examples.length === 0) return [];
  const out = ['**Examples**', ''];
  examples.forEach((example, index) => {
    const name = example.name ? escapeText(example.name) : `Example ${index + 1}`;
    out.push(`- ${name}${example.summary ? `: ${escapeText(example.summary)}` : ''}`, '');
    if (example.headers) out.push('Headers:', '', ...codeBlock(example.headers, 'json'), '');
    if (example.payload) out.push('Payload:', '', ...codeBlock(example.payload, 'json'), '');
  });
  return out;
}

function messageSection(message: DocMessage): string[] {
  const heading = message.title ?? message.name ?? message.id;
  const out = [`### ${escapeText(heading)}`, ''];
  const facts = [`- Message ID: ${inlineCode(message.id)}`];
  if (message.name) facts.push(`- Name: ${inlineCode(message.name)}`);
  if (message.contentType) facts.push(`- Content type: ${inlineCode(message.contentType)}`);
  if (message.schemaFormat) facts.push(`- Schema format: ${inlineCode(message.schemaFormat)}`);
  out.push(...facts, '');
  if (message.summary) out.push(`_${escapeText(message.summary)}_`, '');
  out.push(...description(message.description));
  if (message.headers) out.push(...schemaBlock('Headers', message.headers));
  if (message.payload) out.push(...schemaBlock('Payload', message.payload));
  out.push(...examplesBlock(message.examples));
  out.push(...bindingsBlock(message.bindings));
  out.push(...tagsLine(message.tags));
  if (message.externalDocs) out.push(`External docs: ${link(message.externalDocs)}`, '');
  return out;
}

function serversSection(doc: DocContent): string[] {
  if (doc.servers.length === 0) return [];
  const out = ['## Servers', ''];
  for (const server of doc.servers) {
    out.push(`### ${inlineCode(server.id)}`, '');
    out.push(`- Host: ${inlineCode(server.host + (server.pathname ?? ''))}`);
    const protocol = server.protocolVersion ? `${server.protocol} ${server.protocolVersion}` : server.protocol;
    out.push(`- Protocol: ${inlineCode(protocol)}`, '');
    out.push(...description(server.description));
    if (server.variables.length > 0) {
      out.push('Variables:', '');
      out.push(
        ...table(
          ['Name', 'Default', 'Allowed values', 'Description'],
          server.variables.map((v) => [
            escapeText(v.name),
            v.defaultValue === undefined ? '' : inlineCode(v.defaultValue),
            v.allowedValues.map(inlineCode).join(', '),
            neutraliseInline(v.description ?? ''),
          ]),
        ),
        '',
      );
    }
    if (server.security.length > 0) {
      out.push('Security (any one of):', '', ...server.security.map((s) => `- ${escapeText(s)}`), '');
    }
    out.push(...bindingsBlock(server.bindings));
  }
  return out;
}

function channelsSection(doc: DocContent): string[] {
  if (doc.channels.length === 0) return [];
  const out = ['## Channels', ''];
  for (const channel of doc.channels) {
    // Headed by id and address: many 3.x documents share one address (`/`) between channels.
    const address = channel.address === undefined ? 'no address' : inlineCode(channel.address);
    out.push(channel.address === channel.id ? `### ${inlineCode(channel.id)}` : `### ${inlineCode(channel.id)} — ${address}`, '');
    if (channel.messages.length > 0) out.push(`- Messages: ${channel.messages.map(inlineCode).join(', ')}`, '');
    out.push(...description(channel.description));
    if (channel.parameters.length > 0) {
      out.push('Parameters:', '');
      out.push(
        ...table(
          ['Name', 'Type', 'Location', 'Description'],
          channel.parameters.map((p) => [escapeText(p.name), escapeText(p.type ?? ''), inlineCode(p.location ?? ''), neutraliseInline(p.description ?? '')]),
        ),
        '',
      );
    }
    out.push(...bindingsBlock(channel.bindings));
  }
  return out;
}

function operationsSection(doc: DocContent): string[] {
  if (doc.operations.length === 0) return [];
  const out = ['## Operations', ''];
  for (const op of doc.operations) {
    out.push(`### ${escapeText(op.action.toUpperCase())} ${inlineCode(op.id)}`, '');
    out.push(`- Action: ${inlineCode(op.action)}`);
    if (op.channels.length > 0) out.push(`- Channel: ${op.channels.map(inlineCode).join(', ')}`);
    if (op.messages.length > 0) out.push(`- Messages: ${op.messages.map(inlineCode).join(', ')}`);
    if (op.reply) {
      const where = op.reply.address ?? op.reply.channel;
      const parts = [where ? `on ${inlineCode(where)}` : '', op.reply.messages.map(inlineCode).join(', ')];
      out.push(`- Reply: ${parts.filter(Boolean).join(' with ')}`);
    }
    out.push('');
    if (op.summary) out.push(`_${escapeText(op.summary)}_`, '');
    out.push(...description(op.description));
    out.push(...bindingsBlock(op.bindings));
    out.push(...tagsLine(op.tags));
  }
  return out;
}

/** Renders the plain documentation content as GitHub-flavoured Markdown that stays inert wherever it is viewed. */
export function contentToMarkdown(doc: DocContent): string {
  const out: string[] = [`# ${escapeText(doc.title)} ${escapeText(doc.version)}`, ''];
  out.push(`AsyncAPI ${inlineCode(doc.asyncapiVersion)}`, '');
  if (doc.defaultContentType) out.push(`Default content type: ${inlineCode(doc.defaultContentType)}`, '');
  out.push(...description(doc.description));
  out.push(...tagsLine(doc.tags));
  if (doc.externalDocs) out.push(`External docs: ${link(doc.externalDocs)}`, '');
  out.push(...serversSection(doc), ...channelsSection(doc), ...operationsSection(doc));
  if (doc.messages.length > 0) {
    out.push('## Messages', '');
    for (const message of doc.messages) out.push(...messageSection(message));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The whole document as Markdown: descriptions keep their Markdown, with raw HTML neutralised. */
export function documentToMarkdown(document: AsyncAPIDocumentInterface): string {
  return contentToMarkdown(collectDocContent(document));
}
