/** The classes a change falls in, strongest first. */
export type ChangeClass = 'breaking' | 'non-breaking' | 'annotation';

export type ChangeKind = 'added' | 'removed' | 'changed';

/** What a change belongs to; `document` holds info, tags, security schemes and the other top-level fields. */
export type ChangeGroup = 'server' | 'channel' | 'operation' | 'message' | 'schema' | 'document';

/** Which way the application moves a message: 3.x `send`/`receive`; 2.x `subscribe`/`publish`. */
export type Direction = 'send' | 'receive';

/**
 * What a schema change does to the set of values the schema accepts: `narrows` rejects some values
 * valid before, `widens` accepts some invalid before, `both` does either (a type swapped), `neutral`
 * changes no validation yet is more than documentation (a default), `none` is documentation only.
 */
export type Effect = 'narrows' | 'widens' | 'both' | 'neutral' | 'none';

export interface Change {
  group: ChangeGroup;
  /** The name of the server, channel, operation, message or schema the change belongs to ('' for the document). */
  entity: string;
  /** JSON pointer of the changed value: in the new document, or in the old one for a removal. */
  path: string;
  kind: ChangeKind;
  before?: unknown;
  after?: unknown;
  class: ChangeClass;
  /** One line for a person; values from the documents appear as they are (escape them for the target). */
  description: string;
  /** Which document `path` and `line` refer to. */
  side: 'old' | 'new';
  /** 1-based line in that document, when it can be found there. */
  line?: number;
  /** For payload, header and parameter changes: how the application uses the message. */
  directions?: Direction[];
  /** Which part decided the class (see docs/compare.md). */
  classifiedBy: 'studio' | '@asyncapi/diff' | 'default';
}

/** An object that sits at another pointer after a 2.x document was upgraded to 3.x for comparison. */
export interface Move {
  group: 'channel' | 'operation' | 'message';
  /** Pointer in the 2.x document as written. */
  from: string;
  /** Pointer in its 3.x upgrade, which the changes refer to. */
  to: string;
}

export interface Conversion {
  /** The side that was upgraded. */
  side: 'old' | 'new';
  from: string;
  to: string;
  /** How 2.x publish/subscribe were read: always the application's point of view (publish = receive). */
  perspective: 'application';
  moves: Move[];
  /** What the converter said it could not carry over. */
  warnings: string[];
}

export interface DocumentSummary {
  /** The `asyncapi` field of the document as given (before any upgrade). */
  asyncapi: string;
  title?: string;
  version?: string;
  /** A caller's name for it: "revision of 12:03", "orders.yaml". */
  label?: string;
  /** The parser rejected it: it was compared as written, with its local $refs resolved. */
  asWritten?: boolean;
}

export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface VersionSuggestion {
  bump: Bump;
  /** The old document's `info.version`. */
  current?: string;
  /** The suggested next `info.version`, when `current` has a form that can be bumped. */
  next?: string;
  /** The new document's own `info.version`, and whether it already bumps enough. */
  declared?: string;
  declaredIsEnough?: boolean;
  /** Why `next` is what it is, when that is not plain semver. */
  note?: string;
}

export interface DiffReport {
  old: DocumentSummary;
  new: DocumentSummary;
  /** Present when a 2.x document was compared with a 3.x one through its upgrade. */
  conversion?: Conversion;
  changes: Change[];
  counts: Record<ChangeClass, number>;
  version: VersionSuggestion;
  /** Plain sentences for the reader: fallbacks taken, parts not compared. */
  notes: string[];
}
