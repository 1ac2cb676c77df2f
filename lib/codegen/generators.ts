import {
  CSHARP_JSON_SERIALIZER_PRESET,
  CSharpGenerator,
  FormatHelpers,
  GO_COMMON_PRESET,
  GoGenerator,
  JAVA_JACKSON_PRESET,
  JavaGenerator,
  KOTLIN_CONSTRAINTS_PRESET,
  KotlinGenerator,
  PYTHON_ATTRS_PRESET,
  PYTHON_DATACLASS_PRESET,
  PYTHON_PYDANTIC_PRESET,
  PythonGenerator,
  RustGenerator,
  TypeScriptGenerator,
} from '@asyncapi/modelina';
import type { InputMetaModel, OutputModel } from '@asyncapi/modelina';
import type { GeneratedFile } from './codegenOutcome';
import type { CodegenOptions, LanguageId } from './languages';

type Generate = (input: InputMetaModel, options: CodegenOptions) => Promise<GeneratedFile[]>;

const asPath = (dotted: string) => dotted.split('.').join('/');

function filesOf(models: OutputModel[], path: (model: OutputModel) => string): GeneratedFile[] {
  // A model the language cannot declare (a bare string type in Java) comes back unnamed and empty; Modelina warns.
  return models.filter((m) => m.modelName && m.result.trim()).map((m) => ({ path: path(m), modelName: m.modelName, content: m.result }));
}

const pythonPresets = { pydantic: PYTHON_PYDANTIC_PRESET, dataclass: PYTHON_DATACLASS_PRESET, attrs: PYTHON_ATTRS_PRESET } as const;

/** Modelina's generator per language, with the studio's options mapped onto its presets. */
export const GENERATORS: Record<LanguageId, Generate> = {
  typescript: async (input, o) => {
    const generator = new TypeScriptGenerator({ modelType: o.variant === 'class' ? 'class' : 'interface', moduleSystem: 'ESM' });
    return filesOf(await generator.generateCompleteModels(input, { exportType: 'named' }), (m) => `src/models/${m.modelName}.ts`);
  },
  java: async (input, o) => {
    const generator = new JavaGenerator({ modelType: o.variant === 'record' ? 'record' : 'class', presets: o.annotations ? [JAVA_JACKSON_PRESET] : [] });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    return filesOf(models, (m) => `src/main/java/${asPath(o.packageName)}/${m.modelName}.java`);
  },
  python: async (input, o) => {
    const preset = pythonPresets[o.variant as keyof typeof pythonPresets];
    const generator = new PythonGenerator({ presets: preset ? [preset] : [] });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    const modules = filesOf(models, (m) => `${asPath(o.packageName)}/${FormatHelpers.snakeCase(m.modelName)}.py`);
    // A regular package, so `from <package> import ...` works without namespace-package rules.
    return [...modules, { path: `${asPath(o.packageName)}/__init__.py`, content: '' }];
  },
  go: async (input, o) => {
    const generator = new GoGenerator({ presets: o.annotations ? [{ preset: GO_COMMON_PRESET, options: { addJsonTag: true } }] : [] });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    return filesOf(models, (m) => `${o.packageName}/${FormatHelpers.toSnakeCase(m.modelName)}.go`);
  },
  csharp: async (input, o) => {
    const generator = new CSharpGenerator({ modelType: o.variant === 'record' ? 'record' : 'class', presets: o.annotations ? [CSHARP_JSON_SERIALIZER_PRESET] : [] });
    const models = await generator.generateCompleteModels(input, { namespace: o.packageName });
    return filesOf(models, (m) => `${o.packageName}/${m.modelName}.cs`);
  },
  rust: async (input, o) => {
    const generator = new RustGenerator();
    const pkg = { packageName: o.packageName, packageVersion: '0.1.0', authors: [], homepage: '', repository: '', license: '', description: '', edition: '2021', packageFeatures: [] };
    const models = await generator.generateCompleteModels(input, { supportFiles: true, package: pkg });
    const support = await generator.generateCompleteSupport(input, { supportFiles: true, package: pkg });
    const modules = filesOf(models, (m) => `src/${FormatHelpers.snakeCase(m.modelName)}.rs`);
    // Modelina names its support files by path: Cargo.toml and src/lib.rs.
    return [...modules, ...support.map((s) => ({ path: s.model.name, content: s.result }))];
  },
  kotlin: async (input, o) => {
    const generator = new KotlinGenerator({ presets: o.annotations ? [KOTLIN_CONSTRAINTS_PRESET] : [] });
    const models = await generator.generateCompleteModels(input, { packageName: o.packageName });
    return filesOf(models, (m) => `src/main/kotlin/${asPath(o.packageName)}/${m.modelName}.kt`);
  },
};
