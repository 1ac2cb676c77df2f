import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFiles, parseCorpus } from './codegenTestKit';

const workDir = mkdtempSync(join(tmpdir(), 'studio-codegen-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** Writes the files and type-checks them with the project's own TypeScript, strictly; returns the errors. */
function compile(files: Array<{ path: string; content: string }>, name: string): string[] {
  const root = join(workDir, name);
  const paths = files.map((f) => {
    const path = join(root, f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
    return path;
  });
  const program = ts.createProgram(paths, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('the generated TypeScript compiles', () => {
  it('(the check itself reports a type error)', () => {
    expect(compile([{ path: 'wrong.ts', content: 'export const n: number = "text";' }], 'self-check')).toHaveLength(1);
  });

  const documents = ['spec-examples/2.6.0/streetlights-kafka.yml', 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml', 'parser/circular-refs.yaml'];
  it.each(documents.flatMap((document) => ['interface', 'class'].map((variant) => [document, variant] as const)))('%s with %s models', async (document, variant) => {
    const files = await generateFiles(await parseCorpus(document), 'typescript', { variant });
    expect(files.length).toBeGreaterThan(0);
    expect(compile(files, `${document.replace(/\W/g, '-')}-${variant}`)).toEqual([]);
  });
});
