/**
 * The page-wide moment the editor first painted the user's document: work that competes with a cold load
 * for the CPU (the analysis workers compiling their bundles) waits for it, or for `fallbackMs` at most.
 */
let markPainted: () => void = () => {};
const painted = new Promise<void>((resolve) => {
  markPainted = resolve;
});

/** Called once the editor's first frame with the document is on screen (later calls do nothing). */
export function markEditorPainted(): void {
  markPainted();
}

/** Settles when the editor has painted, or after `fallbackMs` (an editor that never mounts holds nothing up). */
export function editorPainted(fallbackMs: number): Promise<void> {
  return Promise.race([painted, new Promise<void>((resolve) => setTimeout(resolve, fallbackMs))]);
}
