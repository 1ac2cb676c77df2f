import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file below a folder as workspace paths → texts, as the page would load an opened folder (tests only). */
export function loadFolder(folder: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(folder, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(folder);
  return files;
}
