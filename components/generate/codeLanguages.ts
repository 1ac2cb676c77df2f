// Highlighting for the generated languages: Monaco's tokenizers, registered only when the generate panel loads
// (each registration is a few lines; the tokenizer itself loads on first use).
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/java/register';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/go/register';
import 'monaco-editor/languages/definitions/csharp/register';
import 'monaco-editor/languages/definitions/rust/register';
import 'monaco-editor/languages/definitions/kotlin/register';
import 'monaco-editor/languages/definitions/ini/register';

/** Monaco's language for a generated file: the model's language, `ini` for Cargo.toml-like files. */
export function languageOfFile(path: string, modelLanguage: string): string {
  if (path.endsWith('.toml')) return 'ini';
  return modelLanguage;
}
