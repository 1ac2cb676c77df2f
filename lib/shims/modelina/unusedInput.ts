// Stands in for the libraries behind Modelina's other inputs (files, OpenAPI, Swagger, old-parser documents):
// the studio feeds it models from AsyncAPI documents only. Each export fails loudly if something reaches it.
function unavailable(): never {
  throw new Error('This Modelina input is not part of the studio’s code generation.');
}

export const dereference = unavailable;
export const createDetailedAsyncAPI = unavailable;
const swaggerParser = { dereference: unavailable, validate: unavailable, parse: unavailable };
export default swaggerParser;
