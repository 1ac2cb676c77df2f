import { formatPointer, pointerTokens } from '@/lib/jsonPointer/jsonPointer';
import { EditError } from './editOps';

export { formatPointer };

/** A JSON pointer (RFC 6901, `/channels/a~1b`) split into its keys. The empty pointer is the root. */
export function parsePointer(pointer: string): string[] {
  if (pointer === '' || pointer === '#') return [];
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  if (!body.startsWith('/')) throw new EditError('not-found', `Not a JSON pointer: ${pointer}`);
  return pointerTokens(body);
}

/** The local `$ref` value for a pointer (`#/components/messages/x`). */
export function refTo(pointer: string): string {
  return `#${pointer}`;
}

/**
 * The pointer a local `$ref` names (`#/a/b` → `/a/b`), percent-decoded, or null for a reference into
 * another file or a malformed one.
 */
export function pointerOfRef(ref: string): string | null {
  if (!ref.startsWith('#')) return null;
  let fragment = ref.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    return null;
  }
  if (fragment !== '' && !fragment.startsWith('/')) return null;
  return fragment;
}

/** Whether `pointer` is `ancestor` itself or lies under it. */
export function isWithin(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`) || ancestor === '';
}

export function parentPointer(pointer: string): string {
  const path = parsePointer(pointer);
  return formatPointer(path.slice(0, -1));
}

export function lastKey(pointer: string): string {
  const path = parsePointer(pointer);
  return path[path.length - 1] ?? '';
}

export function childPointer(pointer: string, key: string | number): string {
  return `${pointer}${formatPointer([key])}`;
}
