'use client';

import { useState } from 'react';
import type { GeneratedFile } from '@/lib/codegen/codegenOutcome';
import type { LanguageId } from '@/lib/codegen/languages';
import { zipFiles } from '@/lib/codegen/zipFiles';
import { slugFromTitle } from '@/lib/files/fileName';

function download(bytes: Uint8Array, fileName: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the Blob after click() returns; revoke once the download surely started.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

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
      <button type="button" className="toolbar-button" data-testid="generate-download" title="Download every file as a zip" onClick={() => download(zipFiles(files, stem), `${stem}.zip`)}>
        Download zip
      </button>
    </span>
  );
}
