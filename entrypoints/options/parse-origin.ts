// What the reader types as a site ("example.com", "https://example.com/news/1") becomes the origin Factmark
// keeps in settings.autoRunSites ("https://example.com"), the same form lib/settings.ts siteOf() gives a page.

// A bare host ("example.com") means the secure site; anything with "scheme://" is taken as written.
const HAS_SCHEME = /^[a-z][a-z\d+.-]*:\/\//i;

/** The http(s) origin the input names, or null when it names none. */
export function parseOrigin(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  try {
    const url = new URL(HAS_SCHEME.test(text) ? text : `https://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    // A host match pattern cannot hold credentials, and a host with no dot is almost always a typo
    // ("example") rather than an intranet name; localhost is the exception people use.
    if (url.username || url.password) return null;
    if (!url.hostname.includes('.') && url.hostname !== 'localhost') return null;
    return url.origin;
  } catch {
    return null;
  }
}
