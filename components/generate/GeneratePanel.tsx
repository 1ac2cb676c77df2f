'use client';

import { useState } from 'react';
import { LANGUAGES, languageSpec } from '@/lib/codegen/languages';
import type { CodegenOptions, LanguageId } from '@/lib/codegen/languages';
import { selectDocumentJson, selectShowsOlderVersion } from '@/state/selectors';
import { useStudio } from '@/state/useStudio';
import { CodeView } from './CodeView';
import { GenerateActions } from './GenerateActions';
import { GenerateOptions } from './GenerateOptions';
import { useCodegen } from './useCodegen';
import './generate.css';

const DEFAULT_OPTIONS = Object.fromEntries(LANGUAGES.map((l) => [l.id, l.defaults])) as Record<LanguageId, CodegenOptions>;

/** Typed models of the document's message payloads and schemas, generated in a worker as the text changes. */
export default function GeneratePanel() {
  const documentJson = useStudio(selectDocumentJson);
  const stale = useStudio(selectShowsOlderVersion);
  const [language, setLanguage] = useState<LanguageId>('typescript');
  // Each language keeps its own options while the user compares languages.
  const [optionsByLanguage, setOptionsByLanguage] = useState(DEFAULT_OPTIONS);
  const options = optionsByLanguage[language];
  const { files, title, warnings, error, busy } = useCodegen(documentJson, language, options);
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const file = files.find((f) => f.path === selectedPath) ?? files.find((f) => f.modelName) ?? files[0];

  return (
    <div className="generate" data-busy={busy}>
      <GenerateOptions language={language} options={options} onLanguage={setLanguage} onOptions={(next) => setOptionsByLanguage((all) => ({ ...all, [language]: next }))} />
      {stale && (
        <p className="generate-error" data-testid="generate-error" role="status">
          The document has errors (see Problems); these models are from its last valid version.
        </p>
      )}
      {error && (
        <p className="generate-error" data-testid="generate-error" role="alert">
          {error}
        </p>
      )}
      {files.length > 0 && file && (
        <>
          <div className="generate-row">
            <label>
              File{' '}
              <select data-testid="generate-file" value={file.path} onChange={(e) => setSelectedPath(e.target.value)}>
                {files.map((f) => (
                  <option key={f.path} value={f.path}>
                    {f.path}
                  </option>
                ))}
              </select>
            </label>
            <span className="generate-count">{files.filter((f) => f.modelName).length} models</span>
            <GenerateActions files={files} file={file} language={language} title={title} />
          </div>
          <CodeView path={file.path} content={file.content} language={languageSpec(language).monacoLanguage} />
        </>
      )}
      {files.length === 0 && !error && (
        <p className="panel-placeholder">{documentJson === undefined ? 'Code generation needs a valid version of the document first.' : 'Generating…'}</p>
      )}
      {warnings.length > 0 && (
        <details className="generate-warnings">
          <summary>{warnings.length === 1 ? '1 note' : `${warnings.length} notes`} from the generator</summary>
          <ul>
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
