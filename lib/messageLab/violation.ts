/** One way an example breaks its schema. `path` points into the example (JSON path, [] = the whole value). */
export interface Violation {
  path: Array<string | number>;
  message: string;
  /** The schema could not be used (e.g. a pattern the linear engine refuses): the value was not checked. */
  unchecked?: true;
}

export function formatPath(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return '(root)';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
