// Page text is untrusted: in a Markdown report it must stay text. It may not start a heading, a list, a quote
// or a table, open a link, an image, emphasis, code or an HTML tag, or decode an entity.

// Whitespace runs (newlines included) become one space, so page text can never start a line of its own.
const WHITESPACE_RUN = /\s+/g;
// Characters with an inline meaning in CommonMark or GFM: escapes, code, emphasis, links/images/footnotes,
// raw HTML and autolinks, entities, tables, strikethrough. Each gets a backslash (CommonMark §2.4).
const INLINE_SPECIAL = /[\\`*_[\]<>&|~]/g;
// Characters that mean something only at the start of a line: ATX heading, block quote, list bullet,
// setext underline, ordered list ("1." / "1)"). ("~~~" and "```" fences are already escaped above.)
const LINE_START_SPECIAL = /^(?:[#>+=-]|\d+(?=[.)]))/;

/** Escapes page text for use inside a Markdown line. Output is one line. */
export function escapeMarkdown(text: string): string {
  const oneLine = text.replace(WHITESPACE_RUN, ' ').trim();
  const inline = oneLine.replace(INLINE_SPECIAL, (c) => '\\' + c);
  // Digits before "." or ")" cannot be escaped themselves; escaping the punctuation after them breaks the list.
  return inline.replace(LINE_START_SPECIAL, (m) => (/^\d/.test(m) ? m + '\\' : '\\' + m));
}
