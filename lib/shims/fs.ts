// Stands in for Node's fs in browser bundles: the AsyncAPI tooling imports it (the parser's fromFile,
// Modelina's file writers) but the studio never reads or writes files through it.
function unavailable(): never {
  throw new Error('There is no file system in the browser.');
}

export const readFile = unavailable;
export const existsSync = () => false;
export const promises = { readFile: unavailable, writeFile: unavailable, mkdir: unavailable, stat: unavailable };
const fs = { readFile, existsSync, promises };
export default fs;
