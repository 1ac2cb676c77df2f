// Stands in for typescript-json-schema, which Modelina imports for TypeScript-source input and which loads
// the whole TypeScript compiler. The studio's input is AsyncAPI only.
function unavailable(): never {
  throw new Error('TypeScript-source input is not part of the studio’s code generation.');
}

export const getProgramFromFiles = unavailable;
export const generateSchema = unavailable;
export const buildGenerator = unavailable;
