import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import modelinaAliases from './lib/shims/modelinaAliases.json';
import { patchParserWalks, REF_WALK, SCHEMA_WALK } from './scripts/parserWalks.cjs';

const fromRoot = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  // The parser's walks bounded as in the browser build (next.config.ts).
  plugins: [
    {
      name: 'parser-walks',
      transform: (code: string, id: string) => (SCHEMA_WALK.test(id) || REF_WALK.test(id) ? patchParserWalks(id, code) : undefined),
    },
  ],
  resolve: {
    alias: [
      { find: '@', replacement: fromRoot('./') },
      // The parser's ESM build, as the browser bundle gets it, so its walks go through the transform above.
      { find: /^@asyncapi\/parser$/, replacement: fromRoot('node_modules/@asyncapi/parser/esm/index.js') },
      // Modelina's ESM build, as the browser bundle gets it (its CJS build would bypass the stubs below).
      { find: '@asyncapi/modelina', replacement: fromRoot('node_modules/@asyncapi/modelina/lib/esm/index.js') },
      // The same stubs as the browser build, so unit tests run the code generation the worker runs.
      ...Object.entries(modelinaAliases).map(([name, path]) => ({ find: name, replacement: fromRoot(path as string) })),
    ],
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
    // Transformed (not loaded by Node as-is), so the aliases above reach Modelina's own imports and the parser's
    // walks are bounded.
    server: { deps: { inline: ['@asyncapi/modelina', '@asyncapi/parser'] } },
  },
});
