// Is a stretch of a paragraph quoted speech? Read from the quote marks before it: a curly or angle quote
// opened and not closed, an odd number of straight double quotes (or of doubled apostrophes, as some
// archives set quotes: ''Like this,''), or a quote mark opening the stretch itself. Single quotes are left
// out: the same character is the apostrophe of "don't".

const OPENING = new Set(['“', '„', '«']);
const CLOSING = new Set(['”', '»']);
// Spaces and an opening bracket may stand between the stretch's start and its quote mark.
const LEAD = /^[\s([]*/u;

export function isQuotedAt(text: string, start: number): boolean {
  const from = start + (text.slice(start, start + 4).match(LEAD)?.[0].length ?? 0);
  const first = text[from] ?? '';
  if (OPENING.has(first) || first === '"' || text.startsWith("''", from)) return true;
  let curly = 0;
  let straight = 0;
  let doubled = 0;
  for (let i = 0; i < start; i++) {
    const c = text[i] as string;
    if (OPENING.has(c)) curly++;
    else if (CLOSING.has(c)) curly = Math.max(0, curly - 1);
    else if (c === '"') straight++;
    else if (c === "'" && text[i + 1] === "'") {
      doubled++;
      i++;
    }
  }
  return curly > 0 || straight % 2 === 1 || doubled % 2 === 1;
}
