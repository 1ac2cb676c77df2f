// Types for the tests of the policy builder (scripts/csp.test.ts).
export function originsFrom(value: string | undefined): string[];
export function connectSources(options?: { connectSrc?: string; liveWebSockets?: string; remote?: string }): string[];
export function buildPolicy(options: { scriptHashes: string[]; connectSrc?: string; liveWebSockets?: string; remote?: string; frameAncestors?: string; forMeta?: boolean }): string;
export function buildWorkerPolicy(options?: { connectSrc?: string; remote?: string }): string;
export function inlineScriptHashes(html: string): string[];
export function withMetaPolicy(html: string, policy: string): string;
export function nginxInclude(pagePolicy: string, workerPolicy: string, workerScriptPath?: string): string;
