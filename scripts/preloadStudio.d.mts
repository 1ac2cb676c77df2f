// Types for the tests of the preload links (scripts/preloadStudio.test.ts).
export function studioChunks(manifestPath: string): string[];
export function withStudioPreloads(html: string, chunks: string[]): string;
