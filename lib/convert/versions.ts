import type { AsyncAPIConvertVersion } from '@asyncapi/converter';

/*
 * The converter's own chain (lib/convert.js walks it step by step), oldest first. It does not
 * export it, so it is restated here; versions.test.ts checks it against the converter. '1.0.0'
 * is a valid source but missing from the converter's `AsyncAPIConvertVersion` type.
 */
export const converterVersions = [
  '1.0.0',
  '1.1.0',
  '1.2.0',
  '2.0.0-rc1',
  '2.0.0-rc2',
  '2.0.0',
  '2.1.0',
  '2.2.0',
  '2.3.0',
  '2.4.0',
  '2.5.0',
  '2.6.0',
  '3.0.0',
  '3.1.0',
] as const;

export type ConverterVersion = (typeof converterVersions)[number];

/** The newest version of each major line, the only 2.x target worth offering. */
const latestTwo = '2.6.0';

export function isConverterVersion(version: string): version is ConverterVersion {
  return (converterVersions as readonly string[]).includes(version);
}

export function isConvertTarget(version: string): version is AsyncAPIConvertVersion {
  return isConverterVersion(version) && version !== '1.0.0';
}

/**
 * Versions a document at `fromVersion` can be upgraded to, oldest first: the latest 2.x (for 1.x
 * and older 2.x documents) and every newer 3.x. Empty for the newest version and for versions the
 * converter does not know.
 */
export function conversionTargets(fromVersion: string): string[] {
  const from = converterVersions.indexOf(fromVersion as ConverterVersion);
  if (from === -1) return [];
  return converterVersions.filter(
    (version, index) => index > from && (version === latestTwo || version.startsWith('3.')),
  );
}

/** The target a dialog should preselect: the newest version (3.1.0, which the parser and the studio fully support). */
export function defaultConversionTarget(fromVersion: string): string | undefined {
  const targets = conversionTargets(fromVersion);
  return targets[targets.length - 1];
}

/** Whether the 2.x→3.x point of view (application or client) changes the result. */
export function perspectiveMatters(fromVersion: string, target: string): boolean {
  return majorOf(fromVersion) < 3 && majorOf(target) >= 3;
}

function majorOf(version: string): number {
  return Number.parseInt(version, 10);
}
