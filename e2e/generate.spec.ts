import { corpusFile, expect, test } from './fixtures';
import { GeneratePage } from './pages/GeneratePage';

const STREETLIGHTS = 'spec-examples/3.0.0/streetlights-kafka-asyncapi.yml';

test.describe('generate models', () => {
  test.beforeEach(async ({ page, editor }) => {
    await page.goto('/');
    await editor.ready();
  });

  test('Java: a class named after a message payload, and the zip holds every file in the Maven layout', async ({ page, problems }) => {
    const generate = new GeneratePage(page);
    await page.getByTestId('open-file-input').setInputFiles(corpusFile(STREETLIGHTS));
    await problems.expectValid();
    await generate.open();
    await test.step('pick Java and see the payload class', async () => {
      await generate.language.selectOption('java');
      const path = 'src/main/java/com/example/models/LightMeasuredPayload.java';
      await generate.showFile(path);
      await expect(generate.output).toContainText('public class LightMeasuredPayload');
      await expect(generate.output).toContainText('package com.example.models;');
    });
    await test.step('download the zip and find the files in it', async () => {
      const { fileName, entries } = await generate.downloadZip();
      expect(fileName).toBe('streetlights-kafka-api-java.zip');
      const paths = Object.keys(entries).sort();
      expect(paths).toEqual(
        ['DimLightPayload', 'LightMeasuredPayload', 'TurnOnOffPayload', 'TurnOnOffPayloadCommand'].map((name) => `streetlights-kafka-api-java/src/main/java/com/example/models/${name}.java`),
      );
      expect(entries['streetlights-kafka-api-java/src/main/java/com/example/models/LightMeasuredPayload.java']).toContain('private Integer lumens;');
    });
  });

  test('every language generates in the browser with no request to another host', async ({ page, problems, outsideRequests }) => {
    const generate = new GeneratePage(page);
    await page.getByTestId('open-file-input').setInputFiles(corpusFile(STREETLIGHTS));
    await problems.expectValid();
    await generate.open();
    const expected: Array<[string, string, string]> = [
      ['typescript', 'src/models/LightMeasuredPayload.ts', 'interface LightMeasuredPayload'],
      ['java', 'src/main/java/com/example/models/LightMeasuredPayload.java', 'public class LightMeasuredPayload'],
      ['python', 'models/light_measured_payload.py', 'class LightMeasuredPayload'],
      ['go', 'models/light_measured_payload.go', 'type LightMeasuredPayload struct'],
      ['csharp', 'Example.Models/LightMeasuredPayload.cs', 'public partial class LightMeasuredPayload'],
      ['rust', 'src/light_measured_payload.rs', 'pub struct LightMeasuredPayload'],
      ['kotlin', 'src/main/kotlin/com/example/models/LightMeasuredPayload.kt', 'data class LightMeasuredPayload'],
    ];
    for (const [language, path, declaration] of expected) {
      await test.step(language, async () => {
        await generate.language.selectOption(language);
        await generate.showFile(path);
        await expect(generate.output).toContainText(declaration);
      });
    }
    expect(outsideRequests).toEqual([]);
  });

  test('problems show as messages: a bad package name, then a broken document keeps the last models', async ({ page, editor, problems }) => {
    const generate = new GeneratePage(page);
    await problems.expectValid();
    await generate.open();
    await generate.language.selectOption('java');
    await expect(generate.output).toContainText('public class');
    await test.step('a package name Java does not accept', async () => {
      await page.getByTestId('generate-package').fill('com.example.2bad');
      await expect(generate.error).toContainText('not a valid Java package');
      await expect(generate.output).toHaveCount(0);
      await page.getByTestId('generate-package').fill('org.parcels');
      await expect(generate.error).toHaveCount(0);
      await expect(generate.output).toContainText('package org.parcels;');
    });
    await test.step('a broken document: a message, and the last models stay', async () => {
      await editor.goToLine(1);
      await editor.type('%');
      await expect(generate.error).toContainText('The document has errors');
      await expect(generate.output).toContainText('package org.parcels;');
    });
  });
});
