import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGUE } from './catalogue';
import { CORE_FUNCTIONS } from './functions';

const doc = readFileSync(resolve(process.cwd(), 'docs/governance.md'), 'utf8');

describe('docs/governance.md', () => {
  it('lists every catalogue rule with its description, and every core function', () => {
    for (const rule of CATALOGUE) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`));
      expect(row, rule.id).toBeDefined();
      expect(row).toContain(rule.description.replace(/\|/g, '\\|'));
    }
    for (const name of CORE_FUNCTIONS.keys()) expect(doc).toContain(`\`${name}\``);
  });
});
