import { writeFileSync } from 'node:fs';
import { BREAKOUTS, HOSTILE_STRINGS, hostileDocument } from '../lib/codegen/hostileDocument';
import type { LanguageId } from '../lib/codegen/languages';
import { literalReport } from '../lib/codegen/sourceTokens';
import { expect, test } from './fixtures';
import { GeneratePage } from './pages/GeneratePage';

/**
 * Issue 15: enum and const values that break out of unescaped literals (a Python value that runs
 * `os.makedirs` on import, a Java one that runs `File.mkdir`, C# `return`/`case` breakouts, a Rust
 * `#[serde(rename)]` breakout, a Go slice breakout, Kotlin templates…) reach the generated code only as
 * escaped literals, in what the panel shows and in the zip it downloads, for every language.
 */

/** Per language: the file the panel shows, found by a fragment of its path, and a value written in it. */
const SHOWN: Array<{ language: LanguageId; file: RegExp; value: string }> = [
  { language: 'typescript', file: /HostileKind\.ts$/, value: BREAKOUTS.python },
  { language: 'java', file: /HostileKind\.java$/, value: BREAKOUTS.java },
  { language: 'python', file: /hostile_kind\.py$/, value: BREAKOUTS.python },
  { language: 'go', file: /inline_kind\.go$/, value: BREAKOUTS.go },
  { language: 'csharp', file: /InlineKind\.cs$/, value: BREAKOUTS.csharpReturn },
  { language: 'rust', file: /hostile_kind\.rs$/, value: BREAKOUTS.rust },
  { language: 'kotlin', file: /HostileKind\.kt$/, value: BREAKOUTS.kotlin },
];

/** How every one of the languages writes these values: quotes and backslashes escaped (Kotlin: `$` too). */
const escaped = (language: LanguageId, value: string) => {
  const text = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `"${language === 'kotlin' ? text.replace(/\$/g, '\\$') : text}"`;
};

test('hostile enum and const values appear only escaped in the generated code of every language', async ({ page, editor, problems }, testInfo) => {
  await page.goto('/');
  await editor.ready();
  const document = testInfo.outputPath('hostile-codegen.json');
  writeFileSync(document, hostileDocument());
  await page.getByTestId('open-file-input').setInputFiles(document);
  await problems.expectValid();
  const generate = new GeneratePage(page);
  await generate.open();

  for (const { language, file, value } of SHOWN) {
    await test.step(language, async () => {
      await generate.language.selectOption(language);
      await expect(generate.file.locator('option', { hasText: file })).toHaveCount(1);
      await generate.showFile((await generate.file.locator('option', { hasText: file }).textContent())!.trim());
      await expect(generate.output).toContainText(escaped(language, value));

      const { entries } = await generate.downloadZip();
      const sources = Object.entries(entries).filter(([path]) => !path.endsWith('.toml'));
      expect(sources.length).toBeGreaterThan(1);
      const literals = new Set<string>();
      for (const [path, content] of sources) {
        const report = literalReport(language, content);
        expect(report.outsideLiterals, path).toEqual([]);
        report.literals.forEach((literal) => literals.add(literal));
      }
      expect(HOSTILE_STRINGS.filter((hostile) => !literals.has(hostile))).toEqual([]);
    });
  }
});
