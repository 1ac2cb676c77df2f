import { describe, expect, it } from 'vitest';
import { generateCode } from './generateCode';
import { LANGUAGES } from './languages';
import type { LanguageId } from './languages';
import { fieldKey, generateFiles, parseCorpus } from './codegenTestKit';

/** How each language declares a model, so a test can find the declaration of a given name. */
const DECLARATION: Record<LanguageId, (name: string) => RegExp> = {
  typescript: (n) => new RegExp(`interface ${n} \\{`),
  java: (n) => new RegExp(`public class ${n} \\{`),
  python: (n) => new RegExp(`^class ${n}\\b`, 'm'),
  go: (n) => new RegExp(`type ${n} struct \\{`),
  csharp: (n) => new RegExp(`public partial class ${n}\\b`),
  rust: (n) => new RegExp(`pub struct ${n} \\{`),
  kotlin: (n) => new RegExp(`data class ${n}\\(`),
};

interface Expectation {
  document: string;
  /** Model name → its fields, as written in the document. */
  models: Record<string, string[]>;
  /** A model that refers to another (nesting or recursion): [model, the model it names]. */
  references?: Array<[string, string]>;
}

const CASES: Expectation[] = [
  {
    document: 'spec-examples/2.6.0/streetlights-kafka.yml',
    models: { LightMeasuredPayload: ['lumens', 'sentAt'], TurnOnOffPayload: ['command', 'sentAt'], DimLightPayload: ['percentage', 'sentAt'] },
    references: [['TurnOnOffPayload', 'TurnOnOffPayloadCommand']],
  },
  {
    document: 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml',
    models: { LightMeasuredPayload: ['lumens', 'sentAt'], TurnOnOffPayload: ['command', 'sentAt'], DimLightPayload: ['percentage', 'sentAt'] },
  },
  {
    // Nested and recursive: testSchema.deep.circular is testSchema again; the channel's payload is inline.
    document: 'parser/circular-refs.yaml',
    models: { MychannelMessagePayload: ['name'], TestSchema: ['name', 'deep'], TestSchemaDeep: ['circular'] },
    references: [
      ['TestSchema', 'TestSchemaDeep'],
      ['TestSchemaDeep', 'TestSchema'],
    ],
  },
];

describe.each(CASES)('$document', ({ document: path, models, references = [] }) => {
  it.each(LANGUAGES.map((l) => l.id))('%s: a model per message payload, with its fields', async (language) => {
    const files = await generateFiles(await parseCorpus(path), language);
    for (const [name, fields] of Object.entries(models)) {
      const file = files.find((f) => f.modelName === name);
      expect(file, `${name} in ${files.map((f) => f.path).join(', ')}`).toBeDefined();
      expect(file!.content).toMatch(DECLARATION[language](name));
      const content = fieldKey(file!.content);
      for (const field of fields) expect(content).toContain(fieldKey(field));
    }
    for (const [from, to] of references) expect(files.find((f) => f.modelName === from)!.content).toContain(to);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
  });
});

describe('layouts and options', () => {
  it('places files where each language expects them', async () => {
    const document = await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const paths = async (language: LanguageId, packageName?: string) => (await generateFiles(document, language, packageName ? { packageName } : {})).map((f) => f.path);
    expect(await paths('typescript')).toContain('src/models/LightMeasuredPayload.ts');
    expect(await paths('java', 'org.acme.events')).toContain('src/main/java/org/acme/events/LightMeasuredPayload.java');
    expect(await paths('python', 'acme.events')).toEqual(expect.arrayContaining(['acme/events/light_measured_payload.py', 'acme/events/__init__.py']));
    expect(await paths('go', 'events')).toContain('events/light_measured_payload.go');
    expect(await paths('csharp', 'Acme.Events')).toContain('Acme.Events/LightMeasuredPayload.cs');
    expect(await paths('rust')).toEqual(expect.arrayContaining(['src/light_measured_payload.rs', 'src/lib.rs', 'Cargo.toml']));
    expect(await paths('kotlin', 'org.acme')).toContain('src/main/kotlin/org/acme/LightMeasuredPayload.kt');
  });

  it('maps the main options onto the generators', async () => {
    const document = await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const light = async (language: LanguageId, options: Parameters<typeof generateFiles>[2]) =>
      (await generateFiles(document, language, options)).find((f) => f.modelName === 'LightMeasuredPayload')!.content;
    expect(await light('typescript', { variant: 'class' })).toMatch(/class LightMeasuredPayload \{/);
    expect(await light('java', { variant: 'record', annotations: false })).toMatch(/public record LightMeasuredPayload\(/);
    expect(await light('java', { annotations: true })).toContain('@JsonProperty("lumens")');
    expect(await light('java', { annotations: false })).not.toContain('@JsonProperty');
    expect(await light('python', { variant: 'pydantic' })).toContain('BaseModel');
    expect(await light('go', { annotations: true })).toContain('json:"lumens');
    expect(await light('csharp', { variant: 'record' })).toMatch(/public partial record LightMeasuredPayload/);
  });

  it('says why nothing was generated instead of giving blank output', async () => {
    const document = await parseCorpus('spec-examples/3.0.0/streetlights-kafka-asyncapi.yml');
    const java = LANGUAGES.find((l) => l.id === 'java')!.defaults;
    const bad = await generateCode(document, 'java', { ...java, packageName: 'com.2bad' });
    expect(bad).toMatchObject({ ok: false, message: expect.stringContaining('not a valid Java package') });
    // A bare string schema has no class in Java: Modelina skips it and says so.
    const good = await generateCode(document, 'java', java);
    expect(good.warnings.join()).toContain('SentAt');
  });
});
