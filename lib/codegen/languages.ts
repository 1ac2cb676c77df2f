/** The languages the generate panel offers, and each one's main options. Plain data: the UI imports it. */

export type LanguageId = 'typescript' | 'java' | 'python' | 'go' | 'csharp' | 'rust' | 'kotlin';

export interface CodegenOptions {
  /** Package, namespace, module or crate name (unused for TypeScript). */
  packageName: string;
  /** The language's main style choice, e.g. interfaces vs classes. */
  variant: string;
  /** The language's serialization annotations, e.g. Jackson for Java. */
  annotations: boolean;
}

export interface LanguageSpec {
  id: LanguageId;
  label: string;
  /** Monaco's language id for highlighting. */
  monacoLanguage: string;
  packageLabel?: string;
  /** What a valid package name looks like in this language. */
  packagePattern?: RegExp;
  variants: Array<{ value: string; label: string }>;
  annotationsLabel?: string;
  defaults: CodegenOptions;
}

const dotted = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const identifier = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const LANGUAGES: readonly LanguageSpec[] = [
  {
    id: 'typescript',
    label: 'TypeScript',
    monacoLanguage: 'typescript',
    variants: [
      { value: 'interface', label: 'interfaces' },
      { value: 'class', label: 'classes' },
    ],
    defaults: { packageName: '', variant: 'interface', annotations: false },
  },
  {
    id: 'java',
    label: 'Java',
    monacoLanguage: 'java',
    packageLabel: 'Package',
    packagePattern: dotted,
    variants: [
      { value: 'class', label: 'classes' },
      { value: 'record', label: 'records' },
    ],
    annotationsLabel: 'Jackson annotations',
    defaults: { packageName: 'com.example.models', variant: 'class', annotations: true },
  },
  {
    id: 'python',
    label: 'Python',
    monacoLanguage: 'python',
    packageLabel: 'Package',
    packagePattern: dotted,
    variants: [
      { value: 'plain', label: 'plain classes' },
      { value: 'pydantic', label: 'Pydantic models' },
      { value: 'dataclass', label: 'dataclasses' },
      { value: 'attrs', label: 'attrs classes' },
    ],
    defaults: { packageName: 'models', variant: 'plain', annotations: false },
  },
  {
    id: 'go',
    label: 'Go',
    monacoLanguage: 'go',
    packageLabel: 'Package',
    packagePattern: identifier,
    variants: [{ value: 'struct', label: 'structs' }],
    annotationsLabel: 'JSON struct tags',
    defaults: { packageName: 'models', variant: 'struct', annotations: true },
  },
  {
    id: 'csharp',
    label: 'C#',
    monacoLanguage: 'csharp',
    packageLabel: 'Namespace',
    packagePattern: dotted,
    variants: [
      { value: 'class', label: 'classes' },
      { value: 'record', label: 'records' },
    ],
    annotationsLabel: 'System.Text.Json converters',
    defaults: { packageName: 'Example.Models', variant: 'class', annotations: false },
  },
  {
    id: 'rust',
    label: 'Rust',
    monacoLanguage: 'rust',
    packageLabel: 'Crate',
    packagePattern: /^[A-Za-z][A-Za-z0-9_-]*$/,
    variants: [{ value: 'struct', label: 'structs (serde)' }],
    defaults: { packageName: 'asyncapi-models', variant: 'struct', annotations: false },
  },
  {
    id: 'kotlin',
    label: 'Kotlin',
    monacoLanguage: 'kotlin',
    packageLabel: 'Package',
    packagePattern: dotted,
    variants: [{ value: 'data-class', label: 'data classes' }],
    annotationsLabel: 'Validation constraints',
    defaults: { packageName: 'com.example.models', variant: 'data-class', annotations: false },
  },
];

export function languageSpec(id: LanguageId): LanguageSpec {
  const spec = LANGUAGES.find((l) => l.id === id);
  if (!spec) throw new Error(`Unknown language: ${id}`);
  return spec;
}

export function isLanguageId(value: string): value is LanguageId {
  return LANGUAGES.some((l) => l.id === value);
}
