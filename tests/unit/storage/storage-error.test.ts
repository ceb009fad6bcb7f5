import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { isQuotaError, storageError } from '../../../lib/storage/storage-error';

const quota = () => new DOMException('quota', 'QuotaExceededError');

describe('isQuotaError', () => {
  it.each([
    ['a DOMException named QuotaExceededError', quota()],
    ['Dexie’s QuotaExceededError', new Dexie.QuotaExceededError('full')],
    ['an AbortError wrapping one (Dexie `inner`)', new Dexie.AbortError('aborted', quota())],
    ['an Error with one as its cause', new Error('failed', { cause: quota() })],
    ['a BulkError with one among its failures', new Dexie.BulkError('bulk', [new Error('x'), quota()])],
  ])('detects %s', (_name, error) => {
    expect(isQuotaError(error)).toBe(true);
  });

  const cyclic: { name: string; cause?: unknown } = { name: 'Error' };
  cyclic.cause = cyclic;
  it.each([
    ['another DOMException', new DOMException('gone', 'NotFoundError')],
    ['a plain Error', new Error('QuotaExceededError in the message only')],
    ['a string', 'QuotaExceededError'],
    ['null', null],
    ['a cyclic cause chain', cyclic],
  ])('ignores %s', (_name, error) => {
    expect(isQuotaError(error)).toBe(false);
  });
});

describe('storageError', () => {
  it('says the storage is full, and how to make room, for a quota error', () => {
    const e = storageError('save this article', quota());
    expect(e.message).toBe('Storage is full: could not save this article. Delete saved articles in the library to make room, then try again.');
  });
  it('keeps the browser’s message for anything else, with the original as cause', () => {
    const original = new Error('disk on fire');
    const e = storageError('export the library', original);
    expect(e.message).toBe('Could not export the library: disk on fire');
    expect(e.cause).toBe(original);
  });
});
