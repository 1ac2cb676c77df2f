import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HOSTILE_MARKDOWN, tagsIn } from '@/lib/docs/xssDocument';
import { changelogJson, changelogMarkdown, escapeMarkdown } from './changelog';
import { compareDocuments } from './compareDocuments';
import type { DiffReport } from './types';

const HOSTILE_NAME = '<img src=x onerror=alert(1)>`](javascript:alert(2))|**x**';
const HOSTILE_VERSION = '1.0.0 <script>alert(3)</script>';

/** Two documents whose names, titles, versions and texts are all hostile Markdown and HTML. */
function hostileReport(): DiffReport {
  const document = (description: string, extraChannel: boolean) => ({
    asyncapi: '3.0.0',
    info: { title: '# Title\n<script>alert(4)</script>', version: HOSTILE_VERSION, description },
    channels: {
      [HOSTILE_NAME]: { address: 'www.evil.example/https://evil.example/x', messages: { m: { payload: { type: 'object', properties: { [HOSTILE_NAME]: { type: 'string' } } } } } },
      ...(extraChannel ? { [`${HOSTILE_NAME}2`]: { address: '\n- [z](javascript:alert(5))' } } : {}),
    },
    operations: { [HOSTILE_NAME]: { action: 'receive', channel: { $ref: `#/channels/${HOSTILE_NAME}` } } },
  });
  const before = document('safe', true);
  const after = document(HOSTILE_MARKDOWN, false);
  after.channels[HOSTILE_NAME]!.messages!.m.payload.properties[HOSTILE_NAME] = { type: 'integer' };
  return compareDocuments({ document: before, label: HOSTILE_NAME }, { document: after, label: '[label](javascript:alert(6))' });
}

describe('changelogMarkdown', () => {
  const report = hostileReport();
  const markdown = changelogMarkdown(report);

  it('lists every change under its class and group, with the version suggestion', () => {
    expect(report.counts.breaking).toBeGreaterThan(0);
    expect(markdown).toMatch(/^# /);
    expect(markdown).toContain('## Breaking changes');
    expect(markdown).toContain('### Channels');
    expect(markdown).toContain('### Messages');
    expect(markdown).toContain('Suggested bump: major');
    expect(markdown.split('\n').filter((line) => line.startsWith('- ')).length).toBe(report.changes.length);
  });

  it('keeps hostile values as text, whatever renders it', () => {
    // The strictest reader is the most permissive renderer: raw HTML on, bare URLs linked.
    const html = new MarkdownIt({ html: true, linkify: true }).render(markdown);
    const allowed = /^<\/?(h1|h2|h3|p|ul|li|code|strong|blockquote)>$/;
    expect(tagsIn(html).filter((tag) => !allowed.test(tag))).toEqual([]);
    expect(html).not.toMatch(/<a |href=/i);
    // What a reader sees still says what the document says.
    const text = html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    expect(text).toContain(HOSTILE_NAME);
    expect(text).toContain('<script>alert(3)</script>');
  });

  it('starts no heading, list or quote inside a value', () => {
    const own = /^(# Changes to |## (Breaking|Non-breaking|Documentation) changes \(\d+\)$|### (Servers|Channels|Operations|Messages|Schemas|Document)$|- |> |Compared |\*\*Suggested|The upgrade moved|$)/;
    for (const line of markdown.split('\n')) expect(line).toMatch(own);
  });
});

describe('escapeMarkdown', () => {
  it('escapes every ASCII punctuation character and folds line breaks', () => {
    expect(escapeMarkdown('a*b_c`d\n# e')).toBe('a\\*b\\_c\\`d \\# e');
    expect(escapeMarkdown('https://x.y')).toBe('https\\:\\/\\/x\\.y');
    expect(escapeMarkdown('plain words 123')).toBe('plain words 123');
  });
});

describe('changelogJson', () => {
  it('is the report, tagged with its format, as data', () => {
    const report = hostileReport();
    const parsed = JSON.parse(changelogJson(report)) as DiffReport & { format: string; formatVersion: number };
    expect(parsed.format).toBe('asyncapi-studio-changes');
    expect(parsed.formatVersion).toBe(1);
    expect(parsed.changes).toEqual(JSON.parse(JSON.stringify(report.changes)));
  });
});
