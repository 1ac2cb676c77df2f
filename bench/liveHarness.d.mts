export function bundleLiveHarness(): Promise<{ dir: string; files: string[] }>;
export function serveLiveHarness(): Promise<{ url: string; files: string[]; stop(): Promise<void> }>;
