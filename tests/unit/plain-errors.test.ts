import { describe, expect, it } from 'vitest';
import { plainPermissionError, plainSubscriptionError } from '@/utils/plain-errors';

describe('plainSubscriptionError', () => {
  it.each([
    ['the download failed: Failed to fetch', /could not reach this address.*online/],
    ['the download failed: NetworkError when attempting to fetch resource.', /could not reach this address/],
    ['the server answered 404 Not Found', /no pack at this address.*404/],
    ['the server answered 403', /refused.*403/],
    ['the server answered 503 Service Unavailable', /server had a problem.*later/],
    ['only https:// pack addresses are allowed', /https:\/\//],
    ['the address redirected to a non-https address (http://x)', /insecure/],
    ['the pinned SHA-256 must be 64 hexadecimal digits', /64 characters/],
    [
      'the file’s SHA-256 is abc, not the pinned def: it changed since it was pinned'.replace('’', "'"),
      /not the one you pinned/,
    ],
    ['the file is not a valid pack', /not a valid Counterpoint pack/],
    ['the download was cancelled', /cancelled\. Try again/],
  ])('%s', (raw, plain) => {
    const text = plainSubscriptionError(raw);
    expect(text).toMatch(plain);
    expect(text).not.toMatch(/Failed to fetch|NetworkError/);
    expect(text).toMatch(/\.$/);
  });
  it('keeps an unknown reason, inside a sentence that says what to do', () => {
    expect(plainSubscriptionError('something odd')).toBe(
      'Counterpoint could not subscribe: something odd. Check the address and try again.',
    );
  });
});

describe('plainPermissionError', () => {
  it('says what a refusal means and how to try again', () => {
    expect(plainPermissionError(null)).toMatch(/did not give Counterpoint access.*news sites.*Allow/);
    expect(plainPermissionError('This function must be called during a user gesture')).toMatch(
      /clicking the switch yourself/,
    );
  });
});
