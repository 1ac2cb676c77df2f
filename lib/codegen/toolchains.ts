import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

/**
 * Test support: the compilers and runtimes on this machine that can check generated code, and small
 * helpers to write files and run them. Tests that need a missing tool skip and say which (a laptop may
 * lack Go, CI installs it in .ci/run).
 */

const has = (command: string, args: string[] = ['--version']) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;

/** Debian's Jackson jars (libjackson2-databind-java), for compiling and running Jackson-annotated Java. */
const JACKSON_DIR = '/usr/share/java';
const JACKSON_JARS = ['jackson-annotations.jar', 'jackson-core.jar', 'jackson-databind.jar'].map((jar) => join(JACKSON_DIR, jar));
/** Debian's vendored crates (librust-serde-derive-dev, librust-serde-json-dev), used as an offline registry. */
const DEBIAN_CRATES = '/usr/share/cargo/registry';

export const TOOLS = {
  javac: has('javac', ['-version']),
  jackson: JACKSON_JARS.every((jar) => existsSync(jar)),
  python: has('python3'),
  go: has('go', ['version']),
  cargo: has('cargo') && existsSync(DEBIAN_CRATES) && readdirSync(DEBIAN_CRATES).some((d) => d.startsWith('serde_derive-')),
};

export const jacksonClasspath = JACKSON_JARS.join(':');

/** Why a check is skipped, for the test's name. */
export const missing = (tool: keyof typeof TOOLS, install: string) => (TOOLS[tool] ? '' : ` (skipped: ${tool} is not installed; ${install})`);

export function writeFiles(root: string, files: ReadonlyArray<{ path: string; content: string }>): string[] {
  return files.map((file) => {
    const path = join(root, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.content);
    return path;
  });
}

/** Runs a command; its output, or an error carrying what it printed. */
export function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): string {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, timeout: 300_000 });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout ?? ''}\n${stderr ?? ''}`.slice(0, 8000));
  }
}

/** Type-checks TypeScript files strictly with the project's own compiler; returns the errors. */
export function typeErrors(paths: string[]): string[] {
  const program = ts.createProgram(paths, { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, skipLibCheck: true });
  return ts.getPreEmitDiagnostics(program).map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

/** Compiles TypeScript files to CommonJS in `outDir` (so Node can load them without a bundler); returns the errors. */
export function emitCommonJs(paths: string[], rootDir: string, outDir: string): string[] {
  const program = ts.createProgram(paths, { strict: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.CommonJS, rootDir, outDir, skipLibCheck: true });
  const result = program.emit();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'package.json'), '{"type":"commonjs"}');
  return [...ts.getPreEmitDiagnostics(program), ...result.diagnostics].map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** Cargo's configuration for building offline against Debian's vendored crates. */
export const CARGO_OFFLINE_CONFIG = `[source.crates-io]\nreplace-with = "debian"\n[source.debian]\ndirectory = "${DEBIAN_CRATES}"\n[net]\noffline = true\n`;

/** A build directory kept between runs, so serde is compiled once per machine, not once per test run. */
export const CARGO_TARGET_DIR = join(process.env.TMPDIR ?? '/tmp', 'studio-codegen-cargo-target');
