/**
 * Modules that the browser bundles (and the unit tests, so both run the same code) replace with stubs.
 * Modelina imports these at load time for inputs the studio never uses; the real ones would pull the
 * TypeScript compiler and two more copies of the AsyncAPI parser into the code-generation worker.
 */
export const modelinaAliases: Record<string, string> = {
  '@asyncapi/multi-parser': './lib/shims/modelina/multiParser.ts',
  '@asyncapi/parser/cjs/utils': './lib/shims/modelina/unusedInput.ts',
  '@apidevtools/json-schema-ref-parser': './lib/shims/modelina/unusedInput.ts',
  '@apidevtools/swagger-parser': './lib/shims/modelina/unusedInput.ts',
  'typescript-json-schema': './lib/shims/modelina/typescriptJsonSchema.ts',
  alterschema: './lib/shims/empty.ts',
};
