/**
 * Issue #15: what went wrong, in plain words, with what to do about it. The background reports
 * subscription failures as short technical phrases ("the download failed: Failed to fetch",
 * "the server answered 404 Not Found"); the options page shows these sentences instead, never a
 * raw "Failed to fetch". Pure, unit-tested.
 */

/** A failed subscribe or update (`SubscriptionReply.error`) for a reader. */
export function plainSubscriptionError(error: string): string {
  const e = error.trim();
  const status = /server answered (\d{3})/i.exec(e)?.[1];
  if (status) {
    const code = Number(status);
    if (code === 404 || code === 410)
      return `There is no pack at this address (the server answered ${code}). Check the address with whoever published the pack.`;
    if (code === 401 || code === 403)
      return `The server refused to hand out the file (it answered ${code}). The pack may be private; ask its publisher for a public address.`;
    if (code >= 500) return `The server had a problem (it answered ${code}). Try again later.`;
    return `The server did not send the pack (it answered ${code}). Check the address and try again.`;
  }
  if (/failed to fetch|networkerror|network error|load failed|net::|ERR_|could not connect|dns|timed? ?out/i.test(e)) {
    return 'Counterpoint could not reach this address. Check that it is typed correctly and that you are online, then try again. Some servers do not let extensions download their files.';
  }
  if (/only https/i.test(e))
    return 'Only secure (https://) addresses can be subscribed to. Ask the publisher for an https:// address.';
  if (/redirected to a non-https/i.test(e))
    return 'This address sends Counterpoint on to an insecure (http://) address, which it does not follow. Ask the publisher for a direct https:// address.';
  if (/pinned SHA-256 must be/i.test(e))
    return 'The pinned SHA-256 must be 64 characters, digits 0–9 and letters a–f. Leave the field empty if you have no checksum.';
  if (/not the pinned/i.test(e))
    return 'The file at this address is not the one you pinned: it has changed since. Check with the publisher before trusting the new file.';
  if (/not a valid pack/i.test(e))
    return 'The file at this address is not a valid Counterpoint pack. The problems found are listed below; send them to whoever published it.';
  if (/not UTF-8/i.test(e))
    return 'The file at this address is not a text file, so it cannot be a pack. Check the address.';
  if (/too (big|large)|larger than|MB/i.test(e)) return `The file is too large to be a pack (${e}).`;
  if (/cancel/i.test(e)) return 'The download was cancelled. Try again.';
  if (/already subscribed|exists/i.test(e)) return `You are already subscribed to this address (${e}).`;
  return `Counterpoint could not subscribe: ${e.replace(/^./, (c) => c.toLowerCase())}. Check the address and try again.`;
}

/** Why "Run on all sites" stayed off: the reader (or the browser) said no, or the request failed. */
export function plainPermissionError(error: string | null): string {
  if (error == null)
    return 'Your browser did not give Counterpoint access to all sites, so it keeps to the news sites. To try again, switch it on and choose “Allow” when the browser asks.';
  return `Your browser would not ask for access to all sites (${error}). Try again from this page, by clicking the switch yourself.`;
}
