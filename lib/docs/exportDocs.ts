import type { AsyncAPIDocumentInterface } from '@asyncapi/parser';
import { documentFromJson } from './documentFromJson';
import { documentToStandaloneHtml } from './htmlExport';
import { documentToMarkdown } from './markdownExport';

export type DocsExportFormat = 'html' | 'markdown';

export interface DocsExportFile {
  fileName: string;
  mimeType: string;
  text: string;
}

const FORMATS: Record<DocsExportFormat, { extension: string; mimeType: string; render: (d: AsyncAPIDocumentInterface) => string }> = {
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8', render: documentToStandaloneHtml },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8', render: documentToMarkdown },
};

/** A file name from the document's title: "Parcel Tracking Events" → "parcel-tracking-events". */
export function fileStem(title: string | undefined): string {
  const stem = (title ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return stem || 'asyncapi-documentation';
}

/** The documentation of an already-parsed document as one downloadable file. */
export function exportDocumentation(documentJson: string, format: DocsExportFormat): DocsExportFile {
  const document = documentFromJson(documentJson);
  const { extension, mimeType, render } = FORMATS[format];
  return { fileName: `${fileStem(document.info().title())}.${extension}`, mimeType, text: render(document) };
}
