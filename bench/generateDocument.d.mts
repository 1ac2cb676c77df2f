// Types for the e2e tests that open the generated document.
export function generateDocument(channels?: number, options?: { properties?: number; title?: string }): string;
