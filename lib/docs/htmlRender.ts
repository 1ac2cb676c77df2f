import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { collectDocContent } from './docContent';
import type { DocBinding, DocContent, DocExample, DocLink, DocMessage, DocTag } from './docContent';
import type { SchemaRow, SchemaSummary } from './schemaRows';
import { escapeHtml as esc, renderInline, renderMarkdown, safeHref } from './safeMarkdown';

function code(text: string): string {
  return `<code>${esc(text)}</code>`;
}

function md(source: string | undefined): string {
  return source ? `<div class="md">${renderMarkdown(source)}</div>` : '';
}

function link(docs: DocLink): string {
  const href = safeHref(docs.url);
  const label = esc(docs.description ?? docs.url);
  return href ? `<a href="${esc(href)}" rel="noopener noreferrer">${label}</a>` : label;
}

function tags(list: DocTag[]): string {
  if (list.length === 0) return '';
  return `<p class="tags">${list.map((t) => `<span class="tag" title="${esc(t.description ?? '')}">${esc(t.name)}</span>`).join(' ')}</p>`;
}

function table(header: string[], rows: string[][]): string {
  const head = header.map((h) => `<th>${esc(h)}</th>`).join('');
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

function facts(items: [string, string | undefined][]): string {
  const rows = items.filter((item): item is [string, string] => Boolean(item[1]));
  return rows.length > 0 ? `<dl>${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`).join('')}</dl>` : '';
}

/** `One of` and `Constant`: values are JSON data, shown as code. */
function values(of: Pick<SchemaRow, 'enumValues' | 'constValue'>): string {
  const parts: string[] = [];
  if (of.enumValues) parts.push(`One of: ${of.enumValues.map(code).join(', ')}`);
  if (of.constValue !== undefined) parts.push(`Constant: ${code(of.constValue)}`);
  return parts.join(' ');
}

function pre(json: string): string {
  return `<pre><code>${esc(json)}</code></pre>`;
}

function bindings(list: DocBinding[]): string {
  if (list.length === 0) return '';
  const items = list.map((b) => `<li>${code(b.protocol)}${b.version ? ` (binding version ${code(b.version)})` : ''}${pre(b.json)}</li>`);
  return `<h4>Bindings</h4><ul class="bindings">${items.join('')}</ul>`;
}

function examples(list: DocExample[]): string {
  if (list.length === 0) return '';
  const items = list.map((e, index) => {
    const title = `${esc(e.name ?? `Example ${index + 1}`)}${e.summary ? `: ${esc(e.summary)}` : ''}`;
    const parts = [e.headers ? `<p>Headers</p>${pre(e.headers)}` : '', e.payload ? `<p>Payload</p>${pre(e.payload)}` : ''];
    return `<li>${title}${parts.join('')}</li>`;
  });
  return `<h4>Examples</h4><ul class="examples">${items.join('')}</ul>`;
}

function schema(label: string, summary: SchemaSummary): string {
  const summaryValues = values(summary);
  const parts = [`<h4>${esc(label)} ${code(summary.type)}</h4>`, md(summary.description), summaryValues ? `<p>${summaryValues}</p>` : ''];
  if (summary.rows.length > 0) {
    parts.push(
      table(
        ['Name', 'Type', 'Required', 'Description'],
        summary.rows.map((row) => [
          code(row.path),
          esc(row.type),
          row.required ? 'yes' : 'no',
          [row.description ? renderInline(row.description) : '', values(row), row.note ? `<em>(${esc(row.note)})</em>` : ''].filter(Boolean).join(' '),
        ]),
      ),
    );
  }
  if (summary.truncated) parts.push(`<p><em>Only the first ${summary.rows.length} properties are listed.</em></p>`);
  return parts.join('\n');
}

function message(m: DocMessage): string {
  return [
    `<section class="item" id="message-${esc(m.id)}">`,
    `<h3>${esc(m.title ?? m.name ?? m.id)}</h3>`,
    facts([
      ['Message ID', code(m.id)],
      ['Name', m.name && code(m.name)],
      ['Content type', m.contentType && code(m.contentType)],
      ['Schema format', m.schemaFormat && code(m.schemaFormat)],
      ['External docs', m.externalDocs && link(m.externalDocs)],
    ]),
    m.summary ? `<p class="summary">${esc(m.summary)}</p>` : '',
    md(m.description),
    m.headers ? schema('Headers', m.headers) : '',
    m.payload ? schema('Payload', m.payload) : '',
    examples(m.examples),
    bindings(m.bindings),
    tags(m.tags),
    '</section>',
  ].join('\n');
}

/** Renders the plain documentation content as an HTML fragment (no scripts, no remote loads). */
export function contentToHtml(doc: DocContent): string {
  const out: string[] = [
    '<header>',
    `<h1>${esc(doc.title)} <span class="version">${esc(doc.version)}</span></h1>`,
    facts([
      ['AsyncAPI', code(doc.asyncapiVersion)],
      ['Default content type', doc.defaultContentType && code(doc.defaultContentType)],
      ['External docs', doc.externalDocs && link(doc.externalDocs)],
    ]),
    md(doc.description),
    tags(doc.tags),
    '</header>',
  ];

  if (doc.servers.length > 0) {
    out.push('<section><h2>Servers</h2>');
    for (const s of doc.servers) {
      out.push(
        `<section class="item" id="server-${esc(s.id)}"><h3>${esc(s.id)}</h3>`,
        facts([
          ['Host', code(s.host + (s.pathname ?? ''))],
          ['Protocol', code(s.protocolVersion ? `${s.protocol} ${s.protocolVersion}` : s.protocol)],
          ['Security (any one of)', s.security.map(esc).join('<br>')],
        ]),
        md(s.description),
      );
      if (s.variables.length > 0) {
        out.push(
          table(
            ['Variable', 'Default', 'Allowed values', 'Description'],
            s.variables.map((v) => [code(v.name), esc(v.defaultValue ?? ''), esc(v.allowedValues.join(', ')), renderInline(v.description ?? '')]),
          ),
        );
      }
      out.push(bindings(s.bindings), '</section>');
    }
    out.push('</section>');
  }

  if (doc.channels.length > 0) {
    out.push('<section><h2>Channels</h2>');
    for (const c of doc.channels) {
      out.push(
        `<section class="item" id="channel-${esc(c.id)}"><h3>${code(c.id)}${c.address !== c.id ? ` — ${c.address === undefined ? 'no address' : code(c.address)}` : ''}</h3>`,
        facts([
          ['Messages', c.messages.map(code).join(', ')],
        ]),
        md(c.description),
      );
      if (c.parameters.length > 0) {
        out.push(
          table(
            ['Parameter', 'Type', 'Location', 'Description'],
            c.parameters.map((p) => [code(p.name), esc(p.type ?? ''), esc(p.location ?? ''), renderInline(p.description ?? '')]),
          ),
        );
      }
      out.push(bindings(c.bindings), '</section>');
    }
    out.push('</section>');
  }

  if (doc.operations.length > 0) {
    out.push('<section><h2>Operations</h2>');
    for (const op of doc.operations) {
      const reply = op.reply;
      const where = reply && (reply.address ?? reply.channel);
      out.push(
        `<section class="item" id="operation-${esc(op.id)}">`,
        `<h3><span class="action action-${esc(op.action)}">${esc(op.action)}</span> ${code(op.id)}</h3>`,
        facts([
          ['Channel', op.channels.map(code).join(', ')],
          ['Messages', op.messages.map(code).join(', ')],
          ['Reply', reply && [where ? `on ${code(where)}` : '', reply.messages.map(code).join(', ')].filter(Boolean).join(' with ')],
        ]),
        op.summary ? `<p class="summary">${esc(op.summary)}</p>` : '',
        md(op.description),
        bindings(op.bindings),
        tags(op.tags),
        '</section>',
      );
    }
    out.push('</section>');
  }

  if (doc.messages.length > 0) {
    out.push('<section><h2>Messages</h2>', ...doc.messages.map(message), '</section>');
  }
  return `<main class="asyncapi-docs">\n${out.filter(Boolean).join('\n')}\n</main>`;
}

/** The document as a sanitized HTML fragment; safe to run in a worker (needs no DOM). */
export function renderDocumentHtml(document: AsyncAPIDocumentInterface): string {
  return contentToHtml(collectDocContent(document));
}
