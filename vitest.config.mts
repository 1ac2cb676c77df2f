import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import modelinaAliases from './lib/shims/modelinaAliases.json';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': fromRoot('./'),
      // Modelina's ESM build, as the browser bundle gets it (its CJS build would bypass the stubs below).
      '@asyncapi/modelina': fromRoot('node_modules/@asyncapi/modelina/lib/esm/index.js'),
      // The same stubs as the browser build, so unit tests run the code generation the worker runs.
      ...Object.fromEntries(Object.entries(modelinaAliases).map(([name, path]) => [name, fromRoot(path as string)])),
    },
  },
  test: {
    include: ['{lib,state,workers,components,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    // A stray `.only` would silently skip the rest of the suite: refused locally as on CI.
    allowOnly: false,
    pool: 'forks',
    // Vitest's default (one fewer than the cores) is a single fork on a 2-core CI machine: twice the wall time.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Transformed (not loaded by Node as-is), so the aliases above reach Modelina's own imports.
    server: { deps: { inline: ['@asyncapi/modelina'] } },
  },
});
