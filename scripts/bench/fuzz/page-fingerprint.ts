// The page's markup in a few bytes, for "removal left the markup as it was": its length and a SHA-256 of it,
// from the page's main world. The bench's probe (../page/probes.ts) hashes in a JavaScript loop, about 300 ms on
// a 10 MB page; the browser's digest takes a tenth of that, and a fuzz run fingerprints every page three times.
// (TextEncoder turns a lone surrogate into U+FFFD: two markups that differ only there would look alike, and
// hostile pages do hold lone surrogates, but Factmark's painting adds or removes no text at all.)
//
// Plain JavaScript in a string, for the reason given in ./page-mutator.ts. 127.0.0.1 is a secure context, so
// crypto.subtle is there.
export const FINGERPRINT_FUNCTION = String.raw`async (s) => {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s)));
  return s.length + ':' + Array.from(digest.slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}`;

/** The fingerprint of the page's markup as it is now. */
export const PAGE_FINGERPRINT = `(${FINGERPRINT_FUNCTION})(document.documentElement ? document.documentElement.outerHTML : '')`;
