import { escapeToken, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import type { FunctionDefinition } from '../types';
import { optionsChecker } from './optionChecks';
import type { OptionCheck } from './optionChecks';

export interface UnreferencedOptions {
  reusableObjectsLocation: string;
}

const localRefs = new WeakMap<object, Set<string>>();

function decodePointer(pointer: string): string {
  try {
    return decodeURIComponent(pointer);
  } catch {
    return pointer;
  }
}

/** Every local `$ref` target written anywhere in the document (as decoded JSON pointers like `#/components/schemas/a`). */
export function localRefTargets(document: unknown): Set<string> {
  if (typeof document !== 'object' || document === null) return new Set();
  const known = localRefs.get(document);
  if (known) return known;
  const found = new Set<string>();
  const seen = new Set<unknown>();
  const stack: unknown[] = [document];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null || seen.has(node)) continue;
    seen.add(node);
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith('#')) found.add(decodePointer(value));
      else if (typeof value === 'object' && value !== null) stack.push(value);
    }
  }
  localRefs.set(document, found);
  return found;
}

export function isReferenced(refs: Set<string>, pointer: string): boolean {
  if (refs.has(pointer)) return true;
  for (const ref of refs) if (ref.startsWith(`${pointer}/`)) return true;
  return false;
}

const isLocalPointer: OptionCheck = (value) =>
  typeof value === 'string' && /^#(\/.*)?$/.test(value) ? undefined : 'supports only local JSON pointers, i.e. "#/components/schemas"';

/** Reusable objects under a location that no `$ref` in the document points at. Run it on the unresolved document. */
export const unreferencedReusableObject: FunctionDefinition<UnreferencedOptions> = {
  name: 'unreferencedReusableObject',
  checkOptions: optionsChecker('unreferencedReusableObject', {
    example: '{ "reusableObjectsLocation": "#/components/schemas" }',
    properties: { reusableObjectsLocation: isLocalPointer },
    required: ['reusableObjectsLocation'],
  }),
  run: (value, options, context) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const refs = localRefTargets(context.document);
    const names = Object.keys(value);
    context.examined(names.length);
    return names
      .map((name) => `${options.reusableObjectsLocation}/${escapeToken(name)}`)
      .filter((pointer) => !isReferenced(refs, decodePointer(pointer)))
      .map((pointer) => ({ message: 'Potential orphaned reusable object has been detected', path: pointerTokens(pointer) }));
  },
};
