import {
  CSharpGenerator,
  ConstrainedStringModel,
  GoGenerator,
  JavaGenerator,
  KotlinGenerator,
  PythonGenerator,
  RustGenerator,
  TypeScriptGenerator,
} from '@asyncapi/modelina';
import type { ConstantContext, EnumValueContext, ModelNameContext } from '@asyncapi/modelina';
import { stringLiteral, valueLiteral } from './literals';
import type { LanguageId } from './languages';

/**
 * Modelina's constraint hooks with the studio's escaping: its own enum-value and const constraints put
 * document strings between quotes unescaped (issue 15), so every language gets these instead.
 * Identifiers stay Modelina's: its name formatters keep only ASCII letters, digits and `_`.
 */

interface SafeConstraints {
  enumValue: (context: EnumValueContext<unknown>) => unknown;
  constant: (context: ConstantContext<unknown>) => unknown;
  modelName: (context: ModelNameContext<unknown>) => string;
}

/** Modelina's own constraints per language, which these wrap. */
const BASE = {
  typescript: TypeScriptGenerator.defaultOptions.constraints,
  java: JavaGenerator.defaultOptions.constraints,
  python: PythonGenerator.defaultOptions.constraints,
  go: GoGenerator.defaultOptions.constraints,
  csharp: CSharpGenerator.defaultOptions.constraints,
  rust: RustGenerator.defaultOptions.constraints,
  kotlin: KotlinGenerator.defaultOptions.constraints,
} as const;

/** How each language's enums hold a boolean value (as Modelina renders them, now escaped). */
const BOOLEANS: Record<LanguageId, 'bare' | 'string'> = {
  // TypeScript enums are written as unions of literal types (see generators.ts).
  typescript: 'bare',
  java: 'string',
  python: 'string',
  go: 'bare',
  csharp: 'bare',
  rust: 'bare',
  kotlin: 'bare',
};

/** Longest model name kept whole: names become file names, and a schema title can be any length. */
export const MAX_MODEL_NAME = 64;

/** A short stable hash (FNV-1a), so shortened names stay distinct. */
function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36).padStart(7, '0');
}

function enumValue(language: LanguageId): SafeConstraints['enumValue'] {
  // Rust writes enum values inside its own `#[serde(rename=…)]` (see the Rust presets), so it keeps them raw.
  if (language === 'rust') return BASE.rust.enumValue as SafeConstraints['enumValue'];
  if (language === 'go') return ({ enumValue: value }) => (value === null ? 'nil' : valueLiteral('go', value, BOOLEANS.go));
  if (language === 'typescript') return ({ enumValue: value }) => (value === null ? 'null' : valueLiteral('typescript', value, BOOLEANS.typescript));
  return ({ enumValue: value }) => valueLiteral(language, value === null ? 'null' : value, BOOLEANS[language]);
}

function constant(language: LanguageId): SafeConstraints['constant'] {
  const base = BASE[language].constant as SafeConstraints['constant'];
  return (context) => {
    const { constrainedMetaModel } = context;
    const constOptions = constrainedMetaModel.options.const;
    // Modelina quotes a string const raw; enum-typed consts come back as `Type.KEY`, which is safe.
    if (constOptions && constrainedMetaModel instanceof ConstrainedStringModel && base(context) !== undefined) {
      return stringLiteral(language, String(constOptions.originalInput));
    }
    return base(context);
  };
}

function modelName(language: LanguageId): SafeConstraints['modelName'] {
  const base = BASE[language].modelName as SafeConstraints['modelName'];
  return (context) => {
    // TypeScript: a type named `Status` or `Event` clashes with no browser global (Modelina's merge of options
    // drops `useJavascriptReservedKeywords: false`, so it is set here).
    const options = language === 'typescript' ? { ...(context.options as object), useJavascriptReservedKeywords: false } : context.options;
    const name = base({ ...context, options });
    if (name.length <= MAX_MODEL_NAME) return name;
    // The start and the end (`…PayloadItem`) say what it is; the hash keeps two long names apart.
    const hash = shortHash(name);
    const head = Math.floor((MAX_MODEL_NAME - hash.length) / 2);
    return `${name.slice(0, head)}${hash}${name.slice(name.length - (MAX_MODEL_NAME - hash.length - head))}`;
  };
}

/** The constraints to pass as a generator's `constraints` option. */
export function safeConstraints(language: LanguageId): SafeConstraints {
  return { enumValue: enumValue(language), constant: constant(language), modelName: modelName(language) };
}
