// Types for tests and benches that open the generated project.
export function generateMultiFileProject(
  groups?: number,
  options?: { properties?: number; title?: string },
): { documentPath: string; files: Record<string, string>; single: string; inline: string };
