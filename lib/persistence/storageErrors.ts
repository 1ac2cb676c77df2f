/** Every way saving or loading the workspace can fail, as a stable code. */
export type StorageErrorCode = 'unavailable' | 'quota-exceeded' | 'read-failed' | 'write-failed' | 'kept-aside-failed';

/** User-facing messages, one per code: the only place this wording lives. */
export const STORAGE_ERROR_MESSAGES: Readonly<Record<StorageErrorCode, string>> = {
  unavailable:
    'This browser does not let the studio store data (private browsing or storage turned off). Your work is not saved; download it before closing the tab.',
  'quota-exceeded':
    'The browser storage for the studio is full, so your latest changes are not saved. Download your work, then free some space.',
  'read-failed': 'Your saved work could not be read from browser storage.',
  'write-failed': 'Your work could not be saved to browser storage. Download it before closing the tab.',
  'kept-aside-failed':
    'Your saved work could not be opened, and it could not be set aside either. Nothing will be saved until the page is reloaded, so that it is not overwritten.',
};

export class StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly detail: string | undefined;

  constructor(code: StorageErrorCode, detail?: string) {
    super(STORAGE_ERROR_MESSAGES[code]);
    this.name = 'StorageError';
    this.code = code;
    this.detail = detail;
  }
}

const UNAVAILABLE_NAMES = new Set(['SecurityError', 'InvalidStateError', 'ReferenceError']);
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/** Maps whatever IndexedDB (or a backend) threw to a typed error; `fallback` when it is unknown. */
export function toStorageError(error: unknown, fallback: 'read-failed' | 'write-failed'): StorageError {
  if (error instanceof StorageError) return error;
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message : undefined;
  if (QUOTA_NAMES.has(name)) return new StorageError('quota-exceeded', message);
  if (UNAVAILABLE_NAMES.has(name)) return new StorageError('unavailable', message);
  return new StorageError(fallback, message || name || undefined);
}
