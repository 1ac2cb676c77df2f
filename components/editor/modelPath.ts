/** Each document has its own Monaco model (own undo stack, own markers), found by this path. */
export function modelPath(documentId: string): string {
  return `inmemory://doc/${documentId}`;
}
