// IndexedDB failures reach the reader as one clear sentence. A full disk (QuotaExceededError) gets its own,
// since the reader can fix it; anything else keeps the browser's message. The original error is the `cause`.

const QUOTA = 'QuotaExceededError';

/** True when the error, or an error it wraps (Dexie's `inner`, `cause`, a BulkError's failures), is a quota error. */
export function isQuotaError(error: unknown, depth = 0): boolean {
  // Dexie wraps at most a few levels deep (AbortError -> QuotaExceededError); the bound stops a cyclic `cause`.
  if (depth > 5 || typeof error !== 'object' || error === null) return false;
  const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  if (e.name === QUOTA) return true;
  const failures = Array.isArray(e.failures) ? e.failures : [];
  return [e.inner, e.cause, ...failures].some((inner) => isQuotaError(inner, depth + 1));
}

/** `action` completes "Could not …", e.g. "save this article". */
export function storageError(action: string, error: unknown): Error {
  if (isQuotaError(error)) {
    return new Error(
      `Storage is full: could not ${action}. Delete saved articles in the library to make room, then try again.`,
      { cause: error },
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(`Could not ${action}: ${reason}`, { cause: error });
}
