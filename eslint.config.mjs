import next from 'eslint-config-next';
import nextTs from 'eslint-config-next/typescript';

const config = [
  { ignores: ['node_modules/**', '.next/**', 'out/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  ...next,
  ...nextTs,
  {
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures call their parameter `use`, which is not React's hook.
    files: ['e2e/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Only state/ owns the store library.
    files: ['**/*.{ts,tsx}'],
    ignores: ['state/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zustand', message: 'Use the studio hooks from state/.' }] }] },
  },
  {
    // Components never parse, validate, convert or lay out: that is worker work.
    files: ['components/**/*.{ts,tsx}', 'app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['zustand', 'js-yaml', 'yaml', '@asyncapi/parser', '@asyncapi/converter', '@dagrejs/dagre', 'elkjs'].map((name) => ({ name, message: 'Worker work: not in UI code.' })),
        // Components reach workers only through store actions and effects (state/services.ts).
        patterns: [{ group: ['@/workers/*', '**/workers/*'], message: 'Call a store action instead: workers are reached through state/.' }],
      }],
    },
  },
  {
    // Worker entries stay thin and UI-free.
    files: ['workers/**/*.worker.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['react', 'react-dom', 'zustand'].map((name) => ({ name, message: 'Workers import no UI code.' })),
        patterns: [{ group: ['@/components/*', '@/state/*'], message: 'Workers import no UI code.' }],
      }],
    },
  },
];

export default config;
