/** A saved date as the reader's locale writes it, e.g. "21 Nov 2026, 14:05". */
export function formatDate(ms: number, locale?: string): string {
  return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
}
