import { createStore, get, set } from 'idb-keyval';

/** Where the user's text lives between visits. Failures are values, never exceptions. */
export interface DocumentStorage {
  load(): Promise<{ ok: true; text: string | undefined } | { ok: false; message: string }>;
  save(text: string): Promise<{ ok: true } | { ok: false; message: string }>;
}

const RECORD_KEY = 'workspace';

function describe(error: unknown): string {
  if (error instanceof DOMException && error.name === 'QuotaExceededError') {
    return 'The browser storage is full, so your work is kept in this tab only. Download it to keep a copy.';
  }
  return `The browser storage is not available (${error instanceof Error ? error.message : String(error)}); your work is kept in this tab only.`;
}

/** The earliest stored shape of the studio's record: one document. */
interface StoredRecordV0 {
  text: string;
  savedAt: number;
}

function readText(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && typeof (raw as StoredRecordV0).text === 'string') return (raw as StoredRecordV0).text;
  return undefined;
}

export function createIdbDocumentStorage(): DocumentStorage {
  let store: ReturnType<typeof createStore> | null = null;
  const db = () => (store ??= createStore('asyncapi-studio', 'documents'));
  return {
    async load() {
      try {
        return { ok: true, text: readText(await get(RECORD_KEY, db())) };
      } catch (error) {
        return { ok: false, message: describe(error) };
      }
    },
    async save(text) {
      try {
        const record: StoredRecordV0 = { text, savedAt: Date.now() };
        await set(RECORD_KEY, record, db());
        return { ok: true };
      } catch (error) {
        return { ok: false, message: describe(error) };
      }
    },
  };
}

/** Keeps the text in memory only: for tests, and when the browser has no usable storage. */
export function createMemoryDocumentStorage(initial?: string): DocumentStorage & { saved: string | undefined } {
  const storage = {
    saved: initial,
    async load() {
      return { ok: true as const, text: storage.saved };
    },
    async save(text: string) {
      storage.saved = text;
      return { ok: true as const };
    },
  };
  return storage;
}
