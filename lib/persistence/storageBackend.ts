import { createStore, get, set } from 'idb-keyval';
import type { UseStore } from 'idb-keyval';
import { StorageError } from './storageErrors';

/** The little the workspace store needs from storage, so tests can run it without IndexedDB. */
export interface KeyValueBackend {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
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
  };
}

/** An in-memory backend for tests and for browsers without storage; `failWith` simulates failures. */
export function memoryBackend(): KeyValueBackend & {
  data: Map<string, unknown>;
  failWith: { get?: unknown; set?: unknown };
} {
  const data = new Map<string, unknown>();
  const failWith: { get?: unknown; set?: unknown } = {};
  return {
    data,
    failWith,
    async get(key) {
      if (failWith.get !== undefined) throw failWith.get;
      return structuredClone(data.get(key));
    },
    async set(key, value) {
      if (failWith.set !== undefined) throw failWith.set;
      data.set(key, structuredClone(value));
    },
  };
}
