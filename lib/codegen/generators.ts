import {
  CSharpGenerator,
  FormatHelpers,
  GoGenerator,
  JavaGenerator,
  KotlinGenerator,
  PythonGenerator,
  RustGenerator,
  TypeScriptGenerator,
} from '@asyncapi/modelina';
import type { InputMetaModel, OutputModel, PythonPreset } from '@asyncapi/modelina';
import type { GeneratedFile } from './codegenOutcome';
import { CSHARP_JSON_SERIALIZER_SAFE_PRESET, CSHARP_WIRE_NAMES_PRESET } from './presets/csharp';
import { GO_WIRE_TAGS_PRESET } from './presets/go';
import { JAVA_JACKSON_SAFE_PRESET, JAVA_SAFE_DEFAULTS_PRESET } from './presets/java';
import { KOTLIN_CONSTRAINTS_SAFE_PRESET, KOTLIN_JSON_NAMES_PRESET } from './presets/kotlin';
import { PYTHON_PYDANTIC_SAFE_PRESET, PYTHON_WIRE_CTOR_PRESET, pythonDecoratedPreset } from './presets/python';
import { RUST_SERDE_SAFE_PRESET } from './presets/rust';
import { TYPESCRIPT_WIRE_PRESET } from './presets/typescript';
import { safeConstraints } from './safeConstraints';
import type { CodegenOptions, LanguageId } from './languages';

type Generate = (input: InputMetaModel, options: CodegenOptions) => Promise<GeneratedFile[]>;

const asPath = (dotted: string) => dotted.split('.').join('/');

function filesOf(models: OutputModel[], path: (model: OutputModel) => string): GeneratedFile[] {
  // A model the language cannot declare (a bare string type in Java) comes back unnamed and empty; Modelina warns.
  return models.filter((m) => m.modelName && m.result.trim()).map((m) => ({ path: path(m), modelName: m.modelName, content: m.result }));
}

const pythonPresets: Record<string, PythonPreset[]> = {
  plain: [PYTHON_WIRE_CTOR_PRESET],
  pydantic: [PYTHON_PYDANTIC_SAFE_PRESET],
  dataclass: [PYTHON_WIRE_CTOR_PRESET, pythonDecoratedPreset('@dataclass', 'from dataclasses import dataclass')],
  attrs: [PYTHON_WIRE_CTOR_PRESET, pythonDecoratedPreset('@attr.s(auto_attribs=True)', 'import attr')],
};

/** The crate root: one module per model file, each re-exported. */
function rustLib(modules: GeneratedFile[]): string {
  const names = modules.map((m) => m.path.replace(/^src\/|\.rs$/g, ''));
  return ['#[macro_use]', 'extern crate serde;', 'extern crate serde_json;', '', ...names.map((n) => `pub mod ${n};\npub use self::${n}::*;`)].join('\n') + '\n';
}

/**
 * Modelina's generator per language, with the studio's options mapped onto its presets. Every generator
 * gets the escaping constraints and presets (./safeConstraints, ./presets): document values reach the
 * source only as escaped literals, and generated names map back to the JSON's field names.
 */
export const GENERATORS: Record<LanguageId, Generate> = {
  typescript: async (input, o) => {
    const generator = new TypeScriptGenerator({
      modelType: o.variant === 'class' ? 'class' : 'interface',
      moduleSystem: 'ESM',
      // What JSON.parse gives: objects, not Map instances; enum values as literal types, not TS enums
      // (a string from the wire is not assignable to a TS enum member).
      mapType: 'record',
      enumType: 'union',
      constraints: safeConstraints('typescript'),
      presets: [TYPESCRIPT_WIRE_PRESET],
    });
    return filesOf(await generator.generateCompleteModels(input, { exportType: 'named' }), (m) => `src/models/${m.modelName}.ts`);
  },
  java: async (input, o) => {
    const generator = new JavaGenerator({
      modelType: o.variant === 'record' ? 'record' : 'class',
      constraints: safeConstraints('java'),
      presets: o.annotations ? [JAVA_SAFE_DEFAULTS_PRESET, JAVA_JACKSON_SAFE_PRESET] : [JAVA_SAFE_DEFAULTS_PRESET],
    });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    return filesOf(models, (m) => `src/main/java/${asPath(o.packageName)}/${m.modelName}.java`);
  },
  python: async (input, o) => {
    const generator = new PythonGenerator({ constraints: safeConstraints('python'), presets: pythonPresets[o.variant] ?? pythonPresets.plain });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    const modules = filesOf(models, (m) => `${asPath(o.packageName)}/${FormatHelpers.snakeCase(m.modelName)}.py`);
    // A regular package, so `from <package> import ...` works without namespace-package rules.
    return [...modules, { path: `${asPath(o.packageName)}/__init__.py`, content: '' }];
  },
  go: async (input, o) => {
    // Without tags a field is read and written under its Go name; the option leaves them out on request.
    const generator = new GoGenerator({ constraints: safeConstraints('go'), presets: o.annotations ? [{ preset: GO_WIRE_TAGS_PRESET, options: { addJsonTag: true } }] : [] });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    return filesOf(models, (m) => `${o.packageName}/${FormatHelpers.toSnakeCase(m.modelName)}.go`);
  },
  csharp: async (input, o) => {
    const generator = new CSharpGenerator({
      modelType: o.variant === 'record' ? 'record' : 'class',
      constraints: safeConstraints('csharp'),
      presets: o.annotations ? [CSHARP_WIRE_NAMES_PRESET, CSHARP_JSON_SERIALIZER_SAFE_PRESET] : [CSHARP_WIRE_NAMES_PRESET],
    });
    const models = await generator.generateCompleteModels(input, { namespace: o.packageName });
    return filesOf(models, (m) => `${o.packageName}/${m.modelName}.cs`);
  },
  rust: async (input, o) => {
    const generator = new RustGenerator({ constraints: safeConstraints('rust'), presets: [RUST_SERDE_SAFE_PRESET] });
    const pkg = { packageName: o.packageName, packageVersion: '0.1.0', authors: [], homepage: '', repository: '', license: '', description: '', edition: '2021', packageFeatures: [] };
    const models = await generator.generateCompleteModels(input, { supportFiles: true, package: pkg });
    const support = await generator.generateCompleteSupport(input, { supportFiles: true, package: pkg });
    const modules = filesOf(models, (m) => `src/${FormatHelpers.snakeCase(m.modelName)}.rs`);
    // Modelina names its support files by path. Its lib.rs lists the input's models by their unconstrained
    // names, missing the nested models it splits out (and any name the constraints shortened): listed here.
    const manifest = support.filter((s) => s.model.name === 'Cargo.toml').map((s) => ({ path: s.model.name, content: s.result }));
    return [...modules, ...manifest, { path: 'src/lib.rs', content: rustLib(modules) }];
  },
  kotlin: async (input, o) => {
    const generator = new KotlinGenerator({
      constraints: safeConstraints('kotlin'),
      presets: o.annotations ? [KOTLIN_JSON_NAMES_PRESET, KOTLIN_CONSTRAINTS_SAFE_PRESET] : [KOTLIN_JSON_NAMES_PRESET],
    });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    return filesOf(models, (m) => `src/main/kotlin/${asPath(o.packageName)}/${m.modelName}.kt`);
  },
};
