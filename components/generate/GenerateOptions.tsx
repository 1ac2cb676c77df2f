'use client';

import { LANGUAGES, isLanguageId, languageSpec } from '@/lib/codegen/languages';
import type { CodegenOptions, LanguageId } from '@/lib/codegen/languages';

/** The language and its main options (package or namespace, model style, annotations). */
export function GenerateOptions({ language, options, onLanguage, onOptions }: {
  language: LanguageId;
  options: CodegenOptions;
  onLanguage: (language: LanguageId) => void;
  onOptions: (options: CodegenOptions) => void;
}) {
  const spec = languageSpec(language);
  return (
    <div className="generate-options">
      <label>
        Language{' '}
        <select data-testid="generate-language" value={language} onChange={(e) => isLanguageId(e.target.value) && onLanguage(e.target.value)}>
          {LANGUAGES.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      {spec.packageLabel && (
        <label>
          {spec.packageLabel}{' '}
          <input data-testid="generate-package" value={options.packageName} spellCheck={false} onChange={(e) => onOptions({ ...options, packageName: e.target.value.trim() })} />
        </label>
      )}
      {spec.variants.length > 1 && (
        <label>
          Models as{' '}
          <select data-testid="generate-variant" value={options.variant} onChange={(e) => onOptions({ ...options, variant: e.target.value })}>
            {spec.variants.map((v) => (
              <option key={v.value} value={v.value}>
                {v.label}
              </option>
            ))}
          </select>
        </label>
      )}
      {spec.annotationsLabel && (
        <label>
          <input type="checkbox" data-testid="generate-annotations" checked={options.annotations} onChange={(e) => onOptions({ ...options, annotations: e.target.checked })} /> {spec.annotationsLabel}
        </label>
      )}
    </div>
  );
}
