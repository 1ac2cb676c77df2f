import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedFile } from './codegenOutcome';
import { generateFiles, parseText } from './codegenTestKit';
import { HOSTILE_PROPERTY_NAMES, HOSTILE_STRINGS, hostileDocument } from './hostileDocument';
import { generateCode } from './generateCode';
import { LANGUAGES, languageSpec } from './languages';
import type { CodegenOptions, LanguageId } from './languages';
import { literalReport } from './sourceTokens';
import { CARGO_OFFLINE_CONFIG, CARGO_TARGET_DIR, TOOLS, emitCommonJs, jacksonClasspath, missing, run, typeErrors, writeFiles } from './toolchains';

/**
 * Issue 15: a document whose enum values, consts, defaults, names, descriptions and patterns try to break
 * out of the generated source. Every language and variant is generated; the output must lex with each
 * value only inside a string literal, compile where a compiler is here, and do nothing when loaded.
 */

interface Variant {
  language: LanguageId;
  /** Folder (and package, where the language has one) of this variant's output. */
  name: string;
  options: Partial<CodegenOptions>;
}

const VARIANTS: Variant[] = [
  { language: 'typescript', name: 'ts_interfaces', options: { variant: 'interface' } },
  { language: 'typescript', name: 'ts_classes', options: { variant: 'class' } },
  { language: 'java', name: 'hostile.jackson', options: { variant: 'class', annotations: true, packageName: 'hostile.jackson' } },
  { language: 'java', name: 'hostile.records', options: { variant: 'record', annotations: true, packageName: 'hostile.records' } },
  { language: 'java', name: 'hostile.plain', options: { variant: 'class', annotations: false, packageName: 'hostile.plain' } },
  { language: 'python', name: 'hostile_plain', options: { variant: 'plain', packageName: 'hostile_plain' } },
  { language: 'python', name: 'hostile_dataclass', options: { variant: 'dataclass', packageName: 'hostile_dataclass' } },
  { language: 'python', name: 'hostile_attrs', options: { variant: 'attrs', packageName: 'hostile_attrs' } },
  { language: 'python', name: 'hostile_pydantic', options: { variant: 'pydantic', packageName: 'hostile_pydantic' } },
  { language: 'go', name: 'hostiletags', options: { annotations: true, packageName: 'hostiletags' } },
  { language: 'go', name: 'hostileplain', options: { annotations: false, packageName: 'hostileplain' } },
  { language: 'csharp', name: 'Hostile.Classes', options: { variant: 'class', annotations: false, packageName: 'Hostile.Classes' } },
  { language: 'csharp', name: 'Hostile.Records', options: { variant: 'record', packageName: 'Hostile.Records' } },
  { language: 'csharp', name: 'Hostile.Converters', options: { variant: 'class', annotations: true, packageName: 'Hostile.Converters' } },
  { language: 'rust', name: 'hostile-models', options: { packageName: 'hostile-models' } },
  { language: 'kotlin', name: 'hostile.plain', options: { annotations: false, packageName: 'hostile.plain' } },
  { language: 'kotlin', name: 'hostile.constraints', options: { annotations: true, packageName: 'hostile.constraints' } },
];

const work = mkdtempSync(join(tmpdir(), 'studio-hostile-codegen-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const generated = new Map<Variant, GeneratedFile[]>();
const filesOf = (language: LanguageId) => VARIANTS.filter((v) => v.language === language).map((v) => ({ variant: v, files: generated.get(v)! }));
/** Where a language's variants are written: one folder per language, so one compiler call covers them all. */
const rootOf = (language: LanguageId) => join(work, language);
const pwned = (dir: string) => existsSync(join(dir, 'pwned'));

beforeAll(async () => {
  const document = await parseText(hostileDocument());
  for (const variant of VARIANTS) {
    const files = await generateFiles(document, variant.language, variant.options);
    generated.set(variant, files);
    const folder = variant.language === 'typescript' || variant.language === 'rust' ? variant.name : '';
    writeFiles(join(rootOf(variant.language), folder), files);
  }
}, 120_000);

describe.each(['typescript', 'java', 'python', 'go', 'csharp', 'rust', 'kotlin'] as LanguageId[])('%s', (language) => {
  it('holds every hostile value only inside string literals, decoded back to itself', () => {
    for (const { variant, files } of filesOf(language)) {
      const literals = new Set<string>();
      for (const file of files.filter((f) => !f.path.endsWith('.toml'))) {
        const report = literalReport(language, file.content);
        expect(report.outsideLiterals, `${variant.name}/${file.path}`).toEqual([]);
        report.literals.forEach((l) => literals.add(l));
      }
      expect(HOSTILE_STRINGS.filter((value) => !literals.has(value)), variant.name).toEqual([]);
    }
  });
});

it('refuses a package, namespace or crate name that is not one, before anything is written', async () => {
  const document = await parseText(hostileDocument());
  for (const { id, packagePattern } of LANGUAGES.filter((l) => l.packagePattern)) {
    for (const packageName of ['a"; b', 'a\nb', 'a`b', 'a.b*/', '${x}']) {
      expect(await generateCode(document, id, { ...languageSpec(id).defaults, packageName }), `${id} ${packageName}`).toMatchObject({ ok: false });
      expect(packagePattern!.test(packageName)).toBe(false);
    }
  }
});

describe('wire names of hostile properties stay data', () => {
  // Languages that write every wire name into the source (Go cannot tag some names: it says so instead).
  it.each(['typescript', 'java', 'python', 'csharp', 'rust', 'kotlin'] as LanguageId[])('%s', (language) => {
    const { files } = filesOf(language)[0]!;
    const literals = new Set(files.flatMap((f) => (f.path.endsWith('.toml') ? [] : literalReport(language, f.content).literals)));
    // TypeScript writes a name that is an identifier as it is (`class?: string`), the others quoted.
    const quoted = HOSTILE_PROPERTY_NAMES.filter((name) => language !== 'typescript' || !/^[A-Za-z_$][\w$]*$/.test(name));
    expect(quoted.filter((name) => !literals.has(name))).toEqual([]);
  });
});

describe('compiled and loaded, the models do nothing', () => {
  it('TypeScript: type-checks strictly, and importing every module creates nothing', () => {
    const root = rootOf('typescript');
    const paths = filesOf('typescript').flatMap(({ variant, files }) => files.map((f) => join(root, variant.name, f.path)));
    expect(typeErrors(paths)).toEqual([]);
    expect(emitCommonJs(paths, root, join(root, 'out'))).toEqual([]);
    const modules = paths.map((p) => JSON.stringify(p.replace(root, join(root, 'out')).replace(/\.ts$/, '.js')));
    run('node', ['-e', `for (const m of [${modules.join(',')}]) require(m);`], root);
    expect(pwned(root)).toBe(false);
  });

  it(`Java: compiles with Jackson, and initialising every class creates nothing${missing('javac', 'install a JDK')}${missing('jackson', 'apt-get install libjackson2-databind-java')}`, ({ skip }) => {
    if (!TOOLS.javac || !TOOLS.jackson) skip();
    const root = rootOf('java');
    const sources = filesOf('java').flatMap(({ files }) => files.map((f) => join(root, f.path)));
    const loader = `public class LoadAll {
  public static void main(String[] names) throws Exception {
    for (String name : names) {
      Class<?> type = Class.forName(name);
      if (type.isEnum()) for (Object constant : type.getEnumConstants()) constant.toString();
    }
  }
}`;
    writeFileSync(join(root, 'LoadAll.java'), loader);
    run('javac', ['-encoding', 'UTF-8', '-proc:none', '-nowarn', '-cp', jacksonClasspath, '-d', join(root, 'classes'), join(root, 'LoadAll.java'), ...sources], root);
    const classes = filesOf('java').flatMap(({ variant, files }) => files.map((f) => `${variant.options.packageName}.${f.modelName}`));
    run('java', ['-cp', `${join(root, 'classes')}:${jacksonClasspath}`, 'LoadAll', ...classes], root);
    expect(pwned(root)).toBe(false);
  });

  it(`Python: compiles, and importing every module (enums listed) creates nothing${missing('python', 'install python3')}`, ({ skip }) => {
    if (!TOOLS.python) skip();
    const root = rootOf('python');
    const hasPydantic = run('python3', ['-c', 'import importlib.util as u; print(bool(u.find_spec("pydantic")) and bool(u.find_spec("attr")))'], root).trim() === 'True';
    const variants = filesOf('python').filter(({ variant }) => hasPydantic || (variant.options.variant !== 'pydantic' && variant.options.variant !== 'attrs'));
    run('python3', ['-m', 'compileall', '-q', ...variants.map(({ variant }) => variant.name)], root);
    const modules = variants.flatMap(({ files }) => files.filter((f) => f.modelName).map((f) => f.path.replace(/\.py$/, '').split('/').join('.')));
    const script = `import enum, importlib, inspect, sys
for name in sys.argv[1:]:
    module = importlib.import_module(name)
    for _, member in inspect.getmembers(module, inspect.isclass):
        if issubclass(member, enum.Enum):
            [item.value for item in member]`;
    run('python3', ['-c', script, ...modules], root);
    expect(pwned(root)).toBe(false);
  });

  it(`Go: vets and builds, and running a program that imports the models creates nothing${missing('go', 'apt-get install golang-go')}`, ({ skip }) => {
    if (!TOOLS.go) skip();
    const root = rootOf('go');
    writeFiles(root, [
      { path: 'go.mod', content: 'module hostile\n\ngo 1.19\n' },
      { path: 'cmd/load/main.go', content: 'package main\n\nimport (\n\t_ "hostile/hostileplain"\n\t_ "hostile/hostiletags"\n)\n\nfunc main() {}\n' },
    ]);
    run('go', ['vet', './...'], root, { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' });
    run('go', ['run', './cmd/load'], root, { GOFLAGS: '-mod=mod', GOTOOLCHAIN: 'local' });
    expect(pwned(root)).toBe(false);
  });

  it(`Rust: the crate builds with serde${missing('cargo', 'apt-get install librust-serde-derive-dev librust-serde-json-dev')}`, ({ skip }) => {
    if (!TOOLS.cargo) skip();
    const crate = join(rootOf('rust'), 'hostile-models');
    writeFiles(crate, [{ path: '.cargo/config.toml', content: CARGO_OFFLINE_CONFIG }]);
    run('cargo', ['build', '--quiet', '--offline'], crate, { CARGO_TARGET_DIR, RUSTFLAGS: '-A warnings' });
    expect(pwned(crate)).toBe(false);
  }, 300_000);
});
