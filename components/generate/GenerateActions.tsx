'use client';

import { useState } from 'react';
import type { GeneratedFile } from '@/lib/codegen/codegenOutcome';
import type { LanguageId } from '@/lib/codegen/languages';
import { zipFiles } from '@/lib/codegen/zipFiles';
import { slugFromTitle } from '@/lib/files/fileName';
import { saveFile } from '@/components/preview/saveFile';

/** Download every generated file as a zip in the language's layout, or copy the shown one. */
export function GenerateActions({ files, file, language, title }: { files: GeneratedFile[]; file: GeneratedFile; language: LanguageId; title: string | undefined }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const stem = `${slugFromTitle(title)}-${language}`;
  const copy = () => {
    navigator.clipboard.writeText(file.content).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
    setTimeout(() => setCopied(null), 2000);
  };
  return (
    <span className="generate-actions">
      <button type="button" className="toolbar-button" data-testid="generate-copy" title={`Copy ${file.path}`} onClick={copy}>
        {copied === 'yes' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy file'}
      </button>
      <button type="button" className="toolbar-button" data-testid="generate-download" title="Download every file as a zip" onClick={() => saveFile({ fileName: `${stem}.zip`, mimeType: 'application/zip', text: zipFiles(files, stem) })}>
        Download zip
      </button>
    </span>
  );
}
