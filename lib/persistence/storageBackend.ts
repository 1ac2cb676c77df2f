import { createStore, del, delMany, get, getMany, set, setMany } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { StorageError } from './storageErrors';

/** The little the workspace store needs from storage, so tests can run it without IndexedDB. */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Reads several keys in one transaction (undefined for a missing one). */
  getMany(keys: string[]): Promise<unknown[]>;
  /** Writes several keys in one transaction: all or none. */
  setMany(entries: Array<[string, unknown]>): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

export const WORKSPACE_DB_NAME = 'asyncapi-studio';
export const WORKSPACE_STORE_NAME = 'workspace';

/**
 * IndexedDB through idb-keyval, opened on first use. Where IndexedDB is missing, every call rejects
 * with an `unavailable` StorageError (the store turns rejections into values).
 */
export function idbBackend(dbName = WORKSPACE_DB_NAME, storeName = WORKSPACE_STORE_NAME): KeyValueBackend {
  let store: UseStore | undefined;
  const open = (): UseStore => {
    if (typeof indexedDB === 'undefined') throw new StorageError('unavailable', 'IndexedDB is not available');
    store ??= createStore(dbName, storeName);
    return store;
  };
  return {
    get: async (key) => get(key, open()),
    set: async (key, value) => set(key, value, open()),
    getMany: async (keys) => getMany(keys, open()),
    setMany: async (entries) => setMany(entries, open()),
    delete: async (keys) => (keys.length === 1 ? del(keys[0]!, open()) : delMany(keys, open())),
  };
}

/**
 * An in-memory backend for tests and for browsers without storage; `failWith` simulates failures of every
 * call, `failWhen` of writes of some keys only (a quota hit by one large document).
 */
export function memoryBackend(): KeyValueBackend & {
  data: Map<string, unknown>;
  failWith: { get?: unknown; set?: unknown };
  failWhen: { set?: (key: string, value: unknown) => unknown };
} {
  const data = new Map<string, unknown>();
  const failWith: { get?: unknown; set?: unknown } = {};
  const failWhen: { set?: (key: string, value: unknown) => unknown } = {};
  const check = (key: string, value: unknown) => {
    if (failWith.set !== undefined) throw failWith.set;
    const error = failWhen.set?.(key, value);
    if (error !== undefined) throw error;
  };
  return {
    data,
    failWith,
    failWhen,
    async get(key) {
      if (failWith.get !== undefined) throw failWith.get;
      return structuredClone(data.get(key));
    },
    async set(key, value) {
      check(key, value);
      data.set(key, structuredClone(value));
    },
    async getMany(keys) {
      if (failWith.get !== undefined) throw failWith.get;
      return keys.map((key) => structuredClone(data.get(key)));
    },
    async setMany(entries) {
      // One transaction: a failure of any entry stores none of them.
      for (const [key, value] of entries) check(key, value);
      for (const [key, value] of entries) data.set(key, structuredClone(value));
    },
    async delete(keys) {
      if (failWith.set !== undefined) throw failWith.set;
      for (const key of keys) data.delete(key);
    },
  };
}
