import type { Parser } from '@asyncapi/parser';
import { BLOCKED_REF_MESSAGE } from './fetchGuard';

/** The resolver shape @asyncapi/parser accepts in `__unstable.resolver.resolvers` (uri is a urijs URI). */
export interface RefResolver {
  schema: string;
  order?: number;
  read: (uri: { toString(): string }) => string | undefined;
}

export interface BlockedRef {
  uri: string;
  message: string;
  /** For a refused http(s) ref: what an "allow this host" action needs. */
  data?: { origin: string; host: string; url: string };
}

export const FILE_REF_MESSAGE =
  'Reference to a local file not read: the studio never reads files from your disk through a document; paste the referenced schema into components instead';

/**
 * Answers external $refs before the parser's own readers do: a ref to an origin the user did not allow,
 * or to a file, resolves to an empty schema and is recorded, so the analysis reports it at its line.
 * (Left to the parser's HTTP reader, a refused fetch made the parser hang in the browser until the time limit.)
 */
export function createRefGuard(isOriginAllowed: (origin: string) => boolean) {
  let blocked: BlockedRef[] = [];
  const placeholder = '{}';
  const web = (schema: string): RefResolver => ({
    schema,
    order: 1,
    read: (uri) => {
      const { origin, host } = new URL(uri.toString());
      if (isOriginAllowed(origin)) return undefined;
      blocked.push({ uri: uri.toString(), message: `${BLOCKED_REF_MESSAGE} (${origin}).`, data: { origin, host, url: uri.toString() } });
      return placeholder;
    },
  });
  const file: RefResolver = {
    schema: 'file',
    order: 1,
    read: (uri) => {
      blocked.push({ uri: uri.toString(), message: `${FILE_REF_MESSAGE}.` });
      return placeholder;
    },
  };
  return {
    resolvers: [web('http'), web('https'), file],
    /** The refs refused since the last call. */
    take(): BlockedRef[] {
      const taken = blocked;
      blocked = [];
      return taken;
    },
  };
}

export type RefGuard = ReturnType<typeof createRefGuard>;

const guards = new WeakMap<Parser, RefGuard>();

export function attachRefGuard(parser: Parser, guard: RefGuard): Parser {
  guards.set(parser, guard);
  return parser;
}

export function refGuardOf(parser: Parser): RefGuard | undefined {
  return guards.get(parser);
}
