import type { Bump, ChangeClass, VersionSuggestion } from './types';

/** Breaking → major, non-breaking → minor, annotations only → patch, nothing → none. */
export function bumpFor(counts: Readonly<Record<ChangeClass, number>>): Bump {
  if (counts.breaking > 0) return 'major';
  if (counts['non-breaking'] > 0) return 'minor';
  if (counts.annotation > 0) return 'patch';
  return 'none';
}

/**
 * `1.2.3`, `v1.2`, `2` and `1.2.0-beta.1+build.5`: an optional `v`, one to three numbers, then an
 * optional pre-release and build. Anything else (`latest`, `2024-05-01`) has no numbers to bump.
 */
const VERSION = /^(v|V)?(\d+)(?:\.(\d+))?(?:\.(\d+))?(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

interface ParsedVersion {
  prefix: string;
  numbers: number[];
  prerelease: boolean;
}

function parse(version: string): ParsedVersion | undefined {
  const match = VERSION.exec(version.trim());
  if (!match) return undefined;
  const numbers = [match[2], match[3], match[4]].filter((n): n is string => n !== undefined).map(Number);
  // A date written 2024.05.01 would parse, but four-digit majors are calendar versions, not semver.
  if ((numbers[0] ?? 0) >= 1000) return undefined;
  return { prefix: match[1] ?? '', numbers, prerelease: match[5] !== undefined };
}

function format(parsed: ParsedVersion, numbers: number[]): string {
  return parsed.prefix + numbers.slice(0, Math.max(parsed.numbers.length, 1)).join('.');
}

function apply(parsed: ParsedVersion, bump: Bump): { next: string; note?: string } {
  const [major = 0, minor = 0, patch = 0] = parsed.numbers;
  if (parsed.prerelease) {
    // 1.2.0-beta.1 is before 1.2.0: finishing the pre-release already is the release the changes need.
    return { next: format(parsed, [major, minor, patch]), note: 'The current version is a pre-release; the suggestion is its release.' };
  }
  // Semver leaves 0.x free; by the common convention (npm's ^0.y, Cargo) a breaking 0.y bumps y.
  const zero = major === 0 && bump !== 'none';
  const effective: Bump = zero ? (bump === 'major' ? 'minor' : 'patch') : bump;
  const numbers =
    effective === 'major' ? [major + 1, 0, 0] : effective === 'minor' ? [major, minor + 1, 0] : effective === 'patch' ? [major, minor, patch + 1] : [major, minor, patch];
  // `v2` bumped for a fix becomes v2.0.1: keep as many numbers as needed, never fewer than written.
  const needed = effective === 'patch' ? 3 : effective === 'minor' ? 2 : 1;
  const shown = { ...parsed, numbers: parsed.numbers.length >= needed ? parsed.numbers : numbers.slice(0, needed) };
  const note = zero ? `Version 0.x: by convention ${bump === 'major' ? 'a breaking change bumps the minor number' : 'other changes bump the patch number'}.` : undefined;
  return { next: format(shown, numbers), note };
}

/** Negative when a is lower than b; a pre-release is lower than its release. */
function compareParsed(a: ParsedVersion, b: ParsedVersion): number {
  for (let i = 0; i < 3; i++) {
    const d = (a.numbers[i] ?? 0) - (b.numbers[i] ?? 0);
    if (d !== 0) return d;
  }
  return Number(!a.prerelease) - Number(!b.prerelease);
}

/**
 * The next `info.version` the changes call for, from the old document's version, and whether the
 * new document's own version already says as much.
 */
export function suggestVersion(counts: Readonly<Record<ChangeClass, number>>, current?: string, declared?: string): VersionSuggestion {
  const bump = bumpFor(counts);
  const suggestion: VersionSuggestion = { bump, current, declared };
  if (current === undefined) return { ...suggestion, note: 'The old document has no info.version to bump.' };
  const parsed = parse(current);
  if (!parsed) return { ...suggestion, note: `“${current}” is not a semantic version; bump it by hand (a ${bump} change).` };
  const { next, note } = bump === 'none' ? { next: current, note: undefined } : apply(parsed, bump);
  const result: VersionSuggestion = { ...suggestion, next, note };
  const declaredParsed = declared === undefined ? undefined : parse(declared);
  const nextParsed = parse(next);
  if (declaredParsed && nextParsed) result.declaredIsEnough = compareParsed(declaredParsed, nextParsed) >= 0;
  return result;
}
