// Words for the library's search index and for the queries typed against it. Pure: the storage layer indexes
// what `indexWords` gives, the search asks for the prefixes `queryForms` gives, and the two must agree.
import { foldName } from '../analysis/speakers/fold-name';

// Letters and digits, with inner apostrophes (O'Brien), dots and commas between digits (4.5, 1,000) kept.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+|[.,]\p{N}+)*/gu;

// Words too common to find anything by; left out of the index (smaller, faster) and of finished query words.
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by for from had has have he her his i in is it its of on or our she that the their ' +
    'them they this to was we were will with would you')
    .split(' '),
);

/** Lower case, no accents, one apostrophe, no possessive "'s", no thousands commas. */
export function plainWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/u, '')
    .replace(/(?<=\d),(?=\d{3})/gu, '');
}

/** The words of a text as they are indexed: each plain form, plus its name-folded form (Sergey -> sergei) when it differs. */
export function indexWords(text: string): string[] {
  const out = new Set<string>();
  for (const match of text.matchAll(WORD)) {
    const plain = plainWord(match[0]);
    if (!plain || STOP_WORDS.has(plain)) continue;
    out.add(plain);
    const folded = foldName(plain);
    if (folded && folded !== plain) out.add(folded);
  }
  return [...out];
}

/** One typed word: the forms to look up (plain and name-folded), any of which matches. */
export interface QueryTerm {
  text: string;
  forms: string[];
  /** Whether the forms match as word prefixes ("lav" finds Lavrov) or only as whole words ("eu"). */
  prefix: boolean;
}

// Two letters begin a large share of all words, so as a prefix they narrow little and cost a lot to look up,
// and they are nearly always a word still being typed; as whole words ("EU", "UN", "US") they mean something.
export const PREFIX_MIN_LENGTH = 3;

// The shortest variant pair the folding serves is four letters (Yury/Yuri).
const FOLD_MIN_LENGTH = 4;

// A one-character prefix matches most of the library and narrows nothing; it waits for the next key.
export const MIN_TERM_LENGTH = 2;

/**
 * The words of a typed query, each matched as a word prefix. Finished words (followed by a space) that are stop
 * words are dropped; the word still being typed is kept ("the" may become "theory").
 */
export function queryTerms(query: string): QueryTerm[] {
  const words = [...query.matchAll(WORD)];
  const typing = words.length > 0 && words.at(-1)!.index! + words.at(-1)![0].length === query.length;
  const terms: QueryTerm[] = [];
  words.forEach((match, i) => {
    const plain = plainWord(match[0]);
    if (plain.length < MIN_TERM_LENGTH) return;
    if (STOP_WORDS.has(plain) && !(typing && i === words.length - 1)) return;
    // Folding is for whole name spellings (Yury/Yuri); a short prefix folded ("ky" -> "ki") matches too much.
    const folded = plain.length >= FOLD_MIN_LENGTH ? foldName(plain) : plain;
    const forms = folded && folded !== plain && !plain.startsWith(folded) ? [plain, folded] : [plain];
    if (!terms.some((t) => t.text === plain)) terms.push({ text: plain, forms, prefix: plain.length >= PREFIX_MIN_LENGTH });
  });
  return terms;
}

/** Whether a text contains every term as a word prefix (for picking which snippets to show). */
export function matchesAll(text: string, terms: readonly QueryTerm[]): boolean {
  if (!terms.length) return true;
  const words = indexWordsWithStops(text);
  return terms.every((t) => t.forms.some((f) => words.some((w) => matches(w, f, t.prefix))));
}

/** Whether a text contains any term as a word prefix. */
export function matchesAny(text: string, terms: readonly QueryTerm[]): boolean {
  const words = indexWordsWithStops(text);
  return terms.some((t) => t.forms.some((f) => words.some((w) => matches(w, f, t.prefix))));
}

const matches = (word: string, form: string, prefix: boolean) => (prefix ? word.startsWith(form) : word === form);

function indexWordsWithStops(text: string): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    const plain = plainWord(match[0]);
    out.push(plain);
    const folded = foldName(plain);
    if (folded !== plain) out.push(folded);
  }
  return out;
}

/** [start, end) of the words in `text` that start with a term, for marking them in a snippet. */
export function matchRanges(text: string, terms: readonly QueryTerm[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  if (!terms.length) return ranges;
  for (const match of text.matchAll(WORD)) {
    const plain = plainWord(match[0]);
    const folded = foldName(plain);
    if (terms.some((t) => t.forms.some((f) => matches(plain, f, t.prefix) || matches(folded, f, t.prefix)))) {
      ranges.push([match.index!, match.index! + match[0].length]);
    }
  }
  return ranges;
}
