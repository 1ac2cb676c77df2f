import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import { modelinaAliases } from './lib/shims/moduleAliases';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': fromRoot('./'),
      // The same stubs as the browser build, so unit tests run the code generation the worker runs.
      ...Object.fromEntries(Object.entries(modelinaAliases).map(([name, path]) => [name, fromRoot(path)])),
    },
  },
  test: {
    include: ['{lib,state,workers,components,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    // Transformed (not loaded by Node as-is), so the aliases above reach Modelina's own imports.
    server: { deps: { inline: ['@asyncapi/modelina'] } },
  },
});
