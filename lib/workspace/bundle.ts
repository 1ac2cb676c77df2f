import { stringify as toYaml } from 'yaml';
import type { Diagnostic } from '@/lib/analysis/diagnostic';
import { formatPointer, valueAt } from '@/lib/jsonPointer/jsonPointer';
import { childPlace, COMPONENT_SECTION, componentKinds, slotKind } from './bundleKinds';
import type { ObjectKind, Place } from './bundleKinds';
import { findCrossFileCycles } from './crossFileCycles';
import { buildRefClosure } from './refClosure';
import type { RefClosure } from './refClosure';
import type { WorkspaceReader } from './types';
import { baseNameOf, pointerKeys, resolveRef } from './workspacePath';

export type BundleFormat = 'yaml' | 'json';

export type BundleResult =
  | {
      ok: true;
      text: string;
      format: BundleFormat;
      /** e.g. 'asyncapi.bundled.yaml' for 'services/comments/asyncapi.yaml'. */
      fileName: string;
      /** Workspace files whose content the bundle holds. */
      includedFiles: string[];
      /** Where each referenced object went, e.g. { from: 'common/messages.yaml#/commentLiked', to: '#/components/messages/commentLiked' }. */
      moved: Array<{ from: string; to: string }>;
      warnings: string[];
    }
  | { ok: false; message: string; problems: Diagnostic[] };

type Json = unknown;
type Path = Array<string | number>;

interface Placement {
  /** JSON pointer (with '#') of where the target's content sits in the bundle. */
  at: string;
  done: boolean;
}

const isObject = (v: Json): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ROOT_SLOTS = new Set(['channels', 'operations', 'servers']);

/** A `components.<section>.<name>` or root `channels/operations/servers.<name>` slot: the object is named there already. */
function isNamedSlot(path: Path): boolean {
  return (path.length === 3 && path[0] === 'components') || (path.length === 2 && ROOT_SLOTS.has(String(path[0])));
}

class Bundler {
  readonly placements = new Map<string, Placement>();
  readonly moved: Array<{ from: string; to: string }> = [];
  readonly included = new Set<string>();
  readonly remote = new Set<string>();
  /** New components by section, in the order they were made. */
  readonly added = new Map<string, Map<string, Json>>();
  private readonly owners = new Map<string, Map<string, string>>();
  private readonly kinds: ReadonlySet<ObjectKind>;

  constructor(
    private readonly closure: RefClosure,
    private readonly major: number,
    existing: Record<string, Json>,
  ) {
    this.kinds = componentKinds(major);
    for (const [section, entries] of Object.entries(existing)) {
      if (isObject(entries)) this.owners.set(section, new Map(Object.keys(entries).map((name) => [name, '(document)'])));
    }
  }

  private valueOf(file: string, pointer: string): Json {
    return valueAt(this.closure.files.get(file)?.value, pointerKeys(pointer));
  }

  /** A free, stable component name for a target: its pointer's last key, else its file's name. */
  private nameFor(section: string, file: string, pointer: string): string {
    const keys = pointerKeys(pointer);
    const wanted = (keys.length > 0 ? keys[keys.length - 1]! : baseNameOf(file)).replace(/[^A-Za-z0-9._-]/g, '_') || 'ref';
    const owners = this.owners.get(section) ?? new Map<string, string>();
    this.owners.set(section, owners);
    const key = `${file}#${pointer}`;
    let name = wanted;
    for (let n = 2; owners.has(name) && owners.get(name) !== key; n++) name = `${wanted}_${n}`;
    owners.set(name, key);
    return name;
  }

  /** Named root slots that hold an external ref: their target is placed there, before anything refers to it. */
  claimNamedSlots(root: Record<string, Json>): void {
    const claim = (path: Path, node: Json) => {
      if (!isObject(node) || typeof node.$ref !== 'string') return;
      const target = resolveRef(this.closure.documentPath, node.$ref);
      if (target.kind !== 'file' || target.path === this.closure.documentPath) return;
      const key = `${target.path}#${target.pointer}`;
      if (!this.placements.has(key)) this.placements.set(key, { at: `#${formatPointer(path)}`, done: false });
    };
    for (const [section, entries] of Object.entries(isObject(root.components) ? root.components : {})) {
      if (isObject(entries)) for (const [name, node] of Object.entries(entries)) claim(['components', section, name], node);
    }
    for (const section of ROOT_SLOTS) {
      const entries = root[section];
      if (isObject(entries)) for (const [name, node] of Object.entries(entries)) claim([section, name], node);
    }
  }

  /** A copy of `node` (written in `file`) for the bundle at `path`, its refs rewritten. */
  rewrite(node: Json, file: string, path: Path, place: Place): Json {
    if (Array.isArray(node)) return node.map((item, i) => this.rewrite(item, file, [...path, i], childPlace(this.major, place, i, node)));
    if (!isObject(node)) return node;
    if (typeof node.$ref === 'string') {
      const replaced = this.rewriteRef(node.$ref, file, path, place);
      if (replaced !== undefined) return replaced;
    }
    const copy: Record<string, Json> = {};
    for (const [key, child] of Object.entries(node)) copy[key] = this.rewrite(child, file, [...path, key], childPlace(this.major, place, key, node));
    return copy;
  }

  /** The replacement of a $ref node, or undefined to keep it as written (refs inside the document, http(s) refs). */
  private rewriteRef(ref: string, file: string, path: Path, place: Place): Json {
    const target = resolveRef(file, ref);
    if (target.kind === 'remote') {
      this.remote.add(target.url);
      return undefined;
    }
    if (target.kind !== 'local' && target.kind !== 'file') return undefined;
    const targetFile = target.kind === 'file' ? target.path : file;
    if (targetFile === this.closure.documentPath) return file === targetFile && ref === `#${target.pointer}` ? undefined : { $ref: `#${target.pointer}` };
    return this.place(targetFile, target.pointer, path, place);
  }

  private place(file: string, pointer: string, path: Path, place: Place): Json {
    const key = `${file}#${pointer}`;
    const here = `#${formatPointer(path)}`;
    const placed = this.placements.get(key);
    // Placed elsewhere already, or being placed (a cycle): refer to it.
    if (placed && (placed.at !== here || placed.done)) return { $ref: placed.at };
    const value = this.valueOf(file, pointer);
    this.included.add(file);
    if (placed || isNamedSlot(path)) {
      // A named slot (components.messages.x, channels.x) holding the ref: the content goes there.
      this.placements.set(key, { at: here, done: false });
      const content = this.rewrite(value, file, path, place);
      this.placements.set(key, { at: here, done: true });
      this.moved.push({ from: key, to: here });
      return content;
    }
    const inside = this.placedAncestor(file, pointer);
    if (inside) return { $ref: inside };
    const kind = slotKind(place);
    const section = kind && this.kinds.has(kind) ? COMPONENT_SECTION[kind] : undefined;
    // A 2.x `message` may be { oneOf: [...] }, which is no message to name.
    if (kind && section && !(kind === 'message' && isObject(value) && 'oneOf' in value)) {
      const name = this.nameFor(section, file, pointer);
      const at = `#/components/${section}${formatPointer([name])}`;
      this.placements.set(key, { at, done: false });
      const entries = this.added.get(section) ?? new Map<string, Json>();
      this.added.set(section, entries);
      entries.set(name, this.rewrite(value, file, ['components', section, name], { is: 'object', kind }));
      this.placements.set(key, { at, done: true });
      this.moved.push({ from: key, to: at });
      return { $ref: at };
    }
    // No section fits: written in place, a copy per ref; a ref back into it while it is written refers here.
    this.placements.set(key, { at: here, done: false });
    const content = this.rewrite(value, file, path, place);
    this.placements.delete(key);
    return content;
  }

  /** A ref into an object already placed as a whole (messages.yaml#/a/payload once messages.yaml#/a is placed). */
  private placedAncestor(file: string, pointer: string): string | undefined {
    const keys = pointerKeys(pointer);
    for (let n = keys.length - 1; n >= 0; n--) {
      const placed = this.placements.get(`${file}#${formatPointer(keys.slice(0, n))}`);
      if (placed?.done) return `${placed.at}${formatPointer(keys.slice(n))}`;
    }
    return undefined;
  }
}

/**
 * One self-contained document from a workspace document and the files its relative $refs reach, like
 * `asyncapi bundle`: a referenced object becomes a `components` entry where the version has a section for it
 * (a message → components/messages/<name>, a schema → components/schemas/<name>), and is written in place
 * otherwise; refs inside referenced files are rewritten to where their targets went. http(s) refs are kept.
 * Pure: reads only the reader's files.
 */
export function bundleDocument(input: { documentPath: string; reader: WorkspaceReader; format?: BundleFormat }): BundleResult {
  const { documentPath, reader } = input;
  const format = input.format ?? 'yaml';
  const state = reader.read(documentPath);
  const check = reader.check(documentPath);
  if (state.state !== 'text' || !check) return { ok: false, message: `${documentPath} is not in the workspace.`, problems: [] };
  if (!check.ok) return { ok: false, message: `${documentPath} cannot be read: ${check.diagnostics[0]?.message ?? 'unreadable'}`, problems: check.diagnostics };
  const closure = buildRefClosure(documentPath, { text: state.text, value: check.value }, reader, { isOriginAllowed: () => true });
  const problems = [...closure.diagnostics, ...findCrossFileCycles(closure)].filter((d) => d.severity === 'error');
  if (closure.notLoaded.length > 0) return { ok: false, message: `Not loaded yet: ${closure.notLoaded.join(', ')}.`, problems };
  if (problems.length > 0) {
    const first = problems[0]!;
    return { ok: false, message: `The document’s $refs cannot all be followed (${first.file ?? documentPath}:${first.range.startLine}: ${first.message})`, problems };
  }
  const root = check.value;
  if (!isObject(root)) return { ok: false, message: `${documentPath} is not an AsyncAPI document.`, problems: [] };
  const major = Number(/^(\d+)\./.exec(String(root.asyncapi ?? ''))?.[1] ?? 0);
  const existing = isObject(root.components) ? root.components : {};
  const bundler = new Bundler(closure, major, existing);
  bundler.claimNamedSlots(root);
  const bundled = bundler.rewrite(root, documentPath, [], { is: 'root' }) as Record<string, Json>;
  if (bundler.added.size > 0) {
    const components: Record<string, Json> = isObject(bundled.components) ? { ...bundled.components } : {};
    for (const [section, entries] of bundler.added) {
      const current = isObject(components[section]) ? components[section] : {};
      components[section] = { ...current, ...Object.fromEntries(entries) };
    }
    bundled.components = components;
  }
  const text = format === 'json' ? `${JSON.stringify(bundled, null, 2)}\n` : toYaml(bundled, { aliasDuplicateObjects: false, lineWidth: 0 });
  const warnings = bundler.remote.size > 0 ? [`Kept as written (not fetched): ${[...bundler.remote].sort().join(', ')}`] : [];
  return {
    ok: true,
    text,
    format,
    fileName: `${baseNameOf(documentPath)}.bundled.${format}`,
    includedFiles: [...bundler.included].sort(),
    moved: bundler.moved,
    warnings,
  };
}
