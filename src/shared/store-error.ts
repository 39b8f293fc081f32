/**
 * Errors are data: every call-store method fails with a StoreError whose code the UI can branch on
 * and whose message a rep can read. Promise 4: storage errors are shown, never swallowed. In shared/ because the
 * options page writes a team import's chunks itself (shared/team-import) and must report storage faults the same way.
 */

export const STORE_ERROR_CODES = ['quota', 'invalid', 'stale', 'unavailable', 'corrupt', 'unknown'] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

export function isStoreError(error: unknown): error is StoreError {
  return error instanceof StoreError;
}

/** DOMExceptions from IndexedDB (native or fake-indexeddb's) are matched by name, not class, so both work. */
function domName(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string') {
    return error.name;
  }
  return '';
}

function domMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Turns whatever IndexedDB threw into a StoreError; `doing` finishes the sentence "while trying to …".
 * A StoreError passes through untouched so the first, most precise diagnosis wins.
 */
export function toStoreError(error: unknown, doing: string): StoreError {
  if (error instanceof StoreError) return error;
  const name = domName(error);
  const cause = { cause: error };
  switch (name) {
    case 'QuotaExceededError':
      return new StoreError(
        'quota',
        `The browser has no storage space left to ${doing}. Nothing was saved; your draft is kept. ` +
          'Free disk space or export and delete old calls, then try again.',
        cause,
      );
    case 'InvalidStateError':
    case 'TransactionInactiveError':
    case 'VersionError':
      return new StoreError(
        'unavailable',
        `The call database is closed or being upgraded, so Precall could not ${doing}. Reload the extension and try again.`,
        cause,
      );
    case 'DataError':
    case 'DataCloneError':
      return new StoreError('invalid', `A value could not be stored while trying to ${doing}: ${domMessage(error)}`, cause);
    default:
      return new StoreError(
        'unknown',
        `The browser's storage failed (${name || 'error'}) while trying to ${doing}. Nothing was changed; try again. ` +
          `Details: ${domMessage(error)}`,
        cause,
      );
  }
}
