import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { collectDocContent } from './docContent';
import type { DocContent, DocLink, DocMessage, DocTag } from './docContent';
import type { SchemaSummary } from './schemaRows';

/** Makes text safe inside a Markdown table cell: pipes escaped, line breaks folded. */
export function escapeCell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n+/g, ' ').trim();
}

/** Escapes characters that Markdown would read as formatting in a single-line label. */
function escapeInline(text: string): string {
  return text.replace(/\r?\n+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Inline code whose fence is longer than any backtick run inside it. */
export function inlineCode(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\r?\n+/g, ' ')}${pad}${fence}`;
}

function link(docs: DocLink): string {
  const label = escapeInline(docs.description ?? docs.url);
  return `[${label}](<${docs.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(' | ')} |`),
  ];
}

function tagsLine(tags: DocTag[]): string[] {
  return tags.length > 0 ? [`Tags: ${tags.map((t) => inlineCode(t.name)).join(', ')}`, ''] : [];
}

function schemaBlock(label: string, schema: SchemaSummary): string[] {
  const out = [`**${label}** (${inlineCode(schema.type)})`, ''];
  if (schema.description) out.push(schema.description, '');
  if (schema.rows.length > 0) {
    out.push(
      ...table(
        ['Name', 'Type', 'Required', 'Description'],
        schema.rows.map((row) => [
          row.path,
          row.type,
          row.required ? 'yes' : 'no',
          [row.description, row.note ? `(${row.note})` : undefined].filter(Boolean).join(' '),
        ]),
      ),
      '',
    );
  }
  if (schema.truncated) out.push(`_Only the first ${schema.rows.length} properties are listed._`, '');
  return out;
}

function messageSection(message: DocMessage): string[] {
  const heading = message.title ?? message.name ?? message.id;
  const out = [`### ${escapeInline(heading)}`, ''];
  const facts = [`- Message ID: ${inlineCode(message.id)}`];
  if (message.name) facts.push(`- Name: ${inlineCode(message.name)}`);
  if (message.contentType) facts.push(`- Content type: ${inlineCode(message.contentType)}`);
  if (message.schemaFormat) facts.push(`- Schema format: ${inlineCode(message.schemaFormat)}`);
  out.push(...facts, '');
  if (message.summary) out.push(`_${escapeInline(message.summary)}_`, '');
  if (message.description) out.push(message.description, '');
  if (message.headers) out.push(...schemaBlock('Headers', message.headers));
  if (message.payload) out.push(...schemaBlock('Payload', message.payload));
  out.push(...tagsLine(message.tags));
  if (message.externalDocs) out.push(`External docs: ${link(message.externalDocs)}`, '');
  return out;
}

/** Renders the plain documentation content as GitHub-flavoured Markdown. */
export function contentToMarkdown(doc: DocContent): string {
  const out: string[] = [`# ${escapeInline(doc.title)} ${escapeInline(doc.version)}`, ''];
  out.push(`AsyncAPI ${inlineCode(doc.asyncapiVersion)}`, '');
  if (doc.defaultContentType) out.push(`Default content type: ${inlineCode(doc.defaultContentType)}`, '');
  if (doc.description) out.push(doc.description, '');
  out.push(...tagsLine(doc.tags));
  if (doc.externalDocs) out.push(`External docs: ${link(doc.externalDocs)}`, '');

  if (doc.servers.length > 0) {
    out.push('## Servers', '');
    for (const server of doc.servers) {
      out.push(`### ${inlineCode(server.id)}`, '');
      out.push(`- Host: ${inlineCode(server.host + (server.pathname ?? ''))}`);
      const protocol = server.protocolVersion ? `${server.protocol} ${server.protocolVersion}` : server.protocol;
      out.push(`- Protocol: ${inlineCode(protocol)}`, '');
      if (server.description) out.push(server.description, '');
      if (server.variables.length > 0) {
        out.push('Variables:', '');
        out.push(
          ...table(
            ['Name', 'Default', 'Allowed values', 'Description'],
            server.variables.map((v) => [v.name, v.defaultValue ?? '', v.allowedValues.join(', '), v.description ?? '']),
          ),
          '',
        );
      }
      if (server.security.length > 0) {
        out.push('Security (any one of):', '', ...server.security.map((s) => `- ${escapeInline(s)}`), '');
      }
    }
  }

  if (doc.channels.length > 0) {
    out.push('## Channels', '');
    for (const channel of doc.channels) {
      out.push(`### ${inlineCode(channel.address ?? channel.id)}`, '');
      if (channel.address && channel.address !== channel.id) out.push(`- Channel ID: ${inlineCode(channel.id)}`);
      if (channel.messages.length > 0) out.push(`- Messages: ${channel.messages.map(inlineCode).join(', ')}`);
      out.push('');
      if (channel.description) out.push(channel.description, '');
      if (channel.parameters.length > 0) {
        out.push('Parameters:', '');
        out.push(
          ...table(
            ['Name', 'Type', 'Location', 'Description'],
            channel.parameters.map((p) => [p.name, p.type ?? '', p.location ?? '', p.description ?? '']),
          ),
          '',
        );
      }
    }
  }

  if (doc.operations.length > 0) {
    out.push('## Operations', '');
    for (const op of doc.operations) {
      out.push(`### ${op.action.toUpperCase()} ${inlineCode(op.id)}`, '');
      out.push(`- Action: ${inlineCode(op.action)}`);
      if (op.channels.length > 0) out.push(`- Channel: ${op.channels.map(inlineCode).join(', ')}`);
      if (op.messages.length > 0) out.push(`- Messages: ${op.messages.map(inlineCode).join(', ')}`);
      if (op.reply) {
        const where = op.reply.address ?? op.reply.channel;
        const parts = [where ? `on ${inlineCode(where)}` : '', op.reply.messages.map(inlineCode).join(', ')];
        out.push(`- Reply: ${parts.filter(Boolean).join(' with ')}`);
      }
      out.push('');
      if (op.summary) out.push(`_${escapeInline(op.summary)}_`, '');
      if (op.description) out.push(op.description, '');
      out.push(...tagsLine(op.tags));
    }
  }

  if (doc.messages.length > 0) {
    out.push('## Messages', '');
    for (const message of doc.messages) out.push(...messageSection(message));
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The whole document as Markdown (descriptions passed through as the author wrote them). */
export function documentToMarkdown(document: AsyncAPIDocumentInterface): string {
  return contentToMarkdown(collectDocContent(document));
}
