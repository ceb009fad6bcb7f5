// A saved URL comes from the page (its address, or a canonical link it declares). Only http(s) becomes a link:
// a "javascript:" or "data:" URL would run in, or impersonate, the extension page when clicked.
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
