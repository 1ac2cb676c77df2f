import { inlineCode } from '@/lib/docs/markdownText';
import { CLASS_ORDER } from './classify';
import { GROUP_ORDER } from './compareDocuments';
import type { Change, ChangeClass, ChangeGroup, DiffReport, DocumentSummary } from './types';

/**
 * Text from a document as literal Markdown: every ASCII punctuation character backslash-escaped
 * (CommonMark allows it for all of them), line breaks folded. No emphasis, link, autolink
 * (`https\:`, `www\.`), HTML, entity (`\&`), heading or list can start inside it.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\r\n\u2028\u2029\t]+/g, ' ').replace(/[!-/:-@[-`{-~]/g, '\\$&');
}

const CLASS_HEADINGS: Record<ChangeClass, string> = {
  breaking: 'Breaking changes',
  'non-breaking': 'Non-breaking changes',
  annotation: 'Documentation changes',
};

const GROUP_HEADINGS: Record<ChangeGroup, string> = {
  server: 'Servers',
  channel: 'Channels',
  operation: 'Operations',
  message: 'Messages',
  schema: 'Schemas',
  document: 'Document',
};

function name(summary: DocumentSummary): string {
  const parts = [summary.label ? `“${summary.label}”` : undefined, summary.version ? `version ${summary.version}` : undefined, `AsyncAPI ${summary.asyncapi}`];
  return escapeMarkdown(parts.filter(Boolean).join(', '));
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function versionLine(report: DiffReport): string {
  const { version, counts } = report;
  if (version.bump === 'none') return 'No changes: the version can stay as it is.';
  const why = version.bump === 'major' ? plural(counts.breaking, 'breaking change') : version.bump === 'minor' ? plural(counts['non-breaking'], 'non-breaking change') : 'documentation changes only';
  const next = version.next ? `**Suggested next version: ${escapeMarkdown(version.next)}**` : `**Suggested bump: ${version.bump}**`;
  const parts = [`${next} (${version.bump}: ${why}).`];
  if (version.declared !== undefined && version.declaredIsEnough !== undefined) {
    parts.push(version.declaredIsEnough ? `The new document's version ${escapeMarkdown(version.declared)} is enough.` : `The new document says ${escapeMarkdown(version.declared)}, which is not enough.`);
  }
  if (version.note) parts.push(escapeMarkdown(version.note));
  return parts.join(' ');
}

function changeLine(change: Change): string {
  const where = change.line !== undefined ? ` (${change.side} document, line ${change.line})` : '';
  return `- ${escapeMarkdown(change.description)} — ${inlineCode(change.path || '/')}${where}`;
}

/** The changelog for release notes: a title, the version suggestion, then changes by class and group. */
export function changelogMarkdown(report: DiffReport): string {
  const title = report.new.title ?? report.old.title ?? 'AsyncAPI document';
  const out = [`# ${escapeMarkdown(`Changes to ${title}`)}`, '', `Compared ${name(report.old)} with ${name(report.new)}.`, ''];
  for (const note of report.notes) out.push(`> ${escapeMarkdown(note)}`, '');
  if (report.conversion && report.conversion.moves.length > 0) {
    out.push(`The upgrade moved ${plural(report.conversion.moves.length, 'object')}:`, '');
    for (const move of report.conversion.moves) out.push(`- ${inlineCode(move.from)} → ${inlineCode(move.to)}`);
    out.push('');
  }
  out.push(versionLine(report), '');
  for (const cls of CLASS_ORDER) {
    const changes = report.changes.filter((c) => c.class === cls);
    if (changes.length === 0) continue;
    out.push(`## ${CLASS_HEADINGS[cls]} (${changes.length})`, '');
    for (const group of GROUP_ORDER) {
      const inGroup = changes.filter((c) => c.group === group);
      if (inGroup.length === 0) continue;
      out.push(`### ${GROUP_HEADINGS[group]}`, '', ...inGroup.map(changeLine), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** The report as JSON for tools: the same data the studio shows, tagged with its format. */
export function changelogJson(report: DiffReport): string {
  return `${JSON.stringify({ format: 'asyncapi-studio-changes', formatVersion: 1, ...report }, null, 2)}\n`;
}
