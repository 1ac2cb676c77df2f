import { idbBackend } from '@/lib/persistence/storageBackend';

/** The little the revision store needs from storage, so tests can run it without IndexedDB. */
export interface RevisionBackend {
  get(key: string): Promise<unknown>;
  getMany(keys: string[]): Promise<unknown[]>;
  set(key: string, value: unknown): Promise<void>;
  delMany(keys: string[]): Promise<void>;
}

/**
 * Its own database, apart from the workspace record: a history that fails or fills up never touches
 * the user's saved work, and the workspace database keeps its one object store (no schema upgrade).
 */
export const HISTORY_DB_NAME = 'asyncapi-studio-history';
export const HISTORY_STORE_NAME = 'revisions';

/** IndexedDB through the workspace's own backend (idb-keyval, opened on first use, `unavailable` where IndexedDB is missing), in the history's database. */
export function idbRevisionBackend(dbName = HISTORY_DB_NAME, storeName = HISTORY_STORE_NAME): RevisionBackend {
  const store = idbBackend(dbName, storeName);
  return { get: store.get, getMany: store.getMany, set: store.set, delMany: store.delete };
}

/** In memory, for tests; `failWith` makes every call of that kind reject (a full or broken storage). */
export function memoryRevisionBackend(): RevisionBackend & { data: Map<string, unknown>; failWith: { get?: unknown; set?: unknown } } {
  const data = new Map<string, unknown>();
  const failWith: { get?: unknown; set?: unknown } = {};
  const read = (key: string) => {
    if (failWith.get !== undefined) throw failWith.get;
    return structuredClone(data.get(key));
  };
  return {
    data,
    failWith,
    get: async (key) => read(key),
    getMany: async (keys) => keys.map(read),
    async set(key, value) {
      if (failWith.set !== undefined) throw failWith.set;
      data.set(key, structuredClone(value));
    },
    async delMany(keys) {
      if (failWith.set !== undefined) throw failWith.set;
      for (const key of keys) data.delete(key);
    },
  };
}
