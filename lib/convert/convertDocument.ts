import { convert } from '@asyncapi/converter';
import type { ConvertOptions } from '@asyncapi/converter';

import { upgradeBindings } from './bindingUpgrade';
import { aliasWarning, loadDocument, refuseOversized, stringifyJson, stringifyYaml } from './formatSwap';
import type { SwapErrorCode, TextFormat } from './formatSwap';
import type { Perspective } from './perspectives';
import { conversionTargets, converterVersions, isConvertTarget } from './versions';
import { messageOf } from '@/lib/errors/messageOf';

export type ConvertErrorCode =
  | SwapErrorCode
  | 'not-asyncapi'
  | 'unsupported-source'
  | 'unsupported-target'
  | 'conversion-failed';

export type ConvertResult =
  | {
      ok: true;
      text: string;
      format: TextFormat;
      /**
       * What the converter could not carry over (it only says so on console.warn) and each binding field the
       * studio changed so that 3.x accepts it, deduplicated.
       */
      warnings: string[];
    }
  | { ok: false; code: ConvertErrorCode; message: string };

export interface ConvertDocumentOptions {
  /** How 2.x publish/subscribe map to 3.0 send/receive (ignored for other conversions). */
  perspective: Perspective;
}

/**
 * Upgrades an AsyncAPI document to `target`, keeping its format (YAML stays YAML, JSON stays JSON).
 * Never throws: every failure is a typed result with a message fit to show as is.
 * @remarks Comments and anchors of the source YAML are not kept: the document is rewritten from data.
 */
export function convertDocument(text: string, target: string, options: ConvertDocumentOptions): ConvertResult {
  const loaded = loadDocument(text);
  if (!loaded.ok) return { ok: false, code: loaded.code, message: loaded.message };
  const format = loaded.format ?? 'yaml';

  const document = loaded.value;
  if (!isRecord(document) || typeof document.asyncapi !== 'string') {
    return fail('not-asyncapi', 'This is not an AsyncAPI document: it has no "asyncapi" version field at the top.');
  }
  const from = document.asyncapi;
  const targets = conversionTargets(from);
  if (!converterVersions.some((version) => version === from)) {
    return fail('unsupported-source', `Documents at version ${from} cannot be converted: the converter knows no such version.`);
  }
  if (!isConvertTarget(target) || !targets.includes(target)) {
    return fail('unsupported-target', targetMessage(from, target, targets));
  }

  // The converter copies the whole document through JSON text first: an alias bomb would be expanded there.
  const oversized = refuseOversized(document);
  if (oversized) return { ok: false, code: oversized.code, message: oversized.message };

  const converterOptions: ConvertOptions = { v2tov3: { pointOfView: options.perspective } };
  // converter 2.0.2 crashes on a 2.x document without `info` (a half-written one); lend it an empty one.
  const lendInfo = document.info === undefined;
  let converted: unknown;
  const warnings: string[] = [];
  try {
    // An object in gives an object back, so the studio (not the converter's js-yaml 3) writes the text.
    const input = lendInfo ? { ...document, info: {} } : document;
    converted = withWarningsCaptured(warnings, () =>
      convert(input as Parameters<typeof convert>[0], target, converterOptions),
    );
  } catch (error) {
    const detail = messageOf(error);
    return fail(
      'conversion-failed',
      `The converter could not upgrade this document from ${from} to ${target}. This usually means the document ` +
        `has errors it cannot work around: fix the problems the studio reports, then try again. (Converter said: ${detail})`,
    );
  }
  if (lendInfo && isRecord(converted) && isRecord(converted.info) && Object.keys(converted.info).length === 0) {
    delete converted.info;
  }
  // The converter copies 2.x bindings as they are; 3.x validates each binding version strictly.
  if (from.startsWith('2.') && target.startsWith('3.') && isRecord(converted)) warnings.push(...upgradeBindings(converted, target));

  const written = format === 'json' ? stringifyJson(converted) : stringifyYaml(converted);
  if (!written.ok) return { ok: false, code: written.code, message: written.message };
  // The converter copies the document through JSON: shared (aliased) values come back as copies.
  warnings.push(...aliasWarning(document, 'the upgrade writes the document anew from its data'));
  return { ok: true, text: written.text, format, warnings: [...new Set(warnings)] };
}

/** Collects console.warn calls made while `run` executes (synchronous, so nothing else can interleave). */
function withWarningsCaptured<T>(into: string[], run: () => T): T {
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    into.push(args.map(String).join(' '));
  };
  try {
    return run();
  } finally {
    console.warn = original;
  }
}

function targetMessage(from: string, target: string, targets: readonly string[]): string {
  if (target === from) return `The document is already at version ${from}.`;
  if (targets.length === 0) return `Version ${from} is the newest version the converter knows; there is nothing to upgrade to.`;
  return `A ${from} document cannot be converted to ${target}. Choose one of: ${targets.join(', ')}.`;
}

function fail(code: ConvertErrorCode, message: string): ConvertResult {
  return { ok: false, code, message };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
