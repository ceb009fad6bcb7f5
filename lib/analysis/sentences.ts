// Sentence splitting: Intl.Segmenter (ICU's sentence rules) block by block, then two repairs ICU needs on
// news text. It breaks after abbreviations that precede a name or a number ("Mr. | Smith", "the U.S. |
// President", "Sept. | 11", "J. | K. | Rowling", "\"Why?\" | she asked") and it misses breaks where the
// space after a sentence is gone ("peace.”The next", Readability's "himself.In a").
import type { Block, Sentence } from './types';

export interface Span {
  start: number;
  end: number;
}

let segmenter: Intl.Segmenter | undefined;
function sentenceSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

// V8's sentence iterator slows down quadratically on long strings (100,000 characters: 60 ms, against
// 2 ms in 2,000-character pieces), so a long block is fed to it in pieces cut after sentence-final
// punctuation. Paragraphs are far shorter; the cap only matters for walls of text.
const MAX_PIECE = 2000;

// Personal titles never end a sentence: whatever follows is the name ("Dr. Who", "Gen. Smith").
const PERSONAL_TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'dr', 'prof', 'gov', 'sen', 'rep', 'reps', 'gen', 'lt', 'col', 'capt',
  'cmdr', 'adm', 'maj', 'sgt', 'cpl', 'pvt', 'rev', 'hon', 'pres', 'supt', 'insp', 'det', 'atty', 'amb',
  // US military ranks before a name ("Army Spc. Caleb Barnes", "Pfc. Jones")
  'spc', 'pfc',
]);
// Abbreviations that usually stand inside a sentence but can end one ("Main St.", "Martin Luther King Jr.",
// "Apple Inc."): the break is false unless a new sentence plainly starts.
const TITLES = new Set([
  'st', 'mt', 'ft', 'sr', 'jr',
  // company suffixes: "Apple Inc. Chief Executive Tim Cook"
  'inc', 'corp', 'co', 'ltd', 'bros', 'plc',
  // Latin and comparison abbreviations never end a sentence in news prose
  'vs', 'v', 'cf', 'viz', 'approx', 'ca', 'al', 'esp', 'dept', 'univ', 'assn', 'est',
]);
// Abbreviations that stand before a number: "No. 10", "Sept. 11", "Art. 5", "pp. 4–7".
const BEFORE_NUMBER = new Set([
  'no', 'nos', 'art', 'arts', 'vol', 'pp', 'p', 'fig', 'ch', 'sec', 'para', 'op',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
// Dotted letter groups: "U.S.", "U.K.", "D.C.", "e.g.", "i.e.", "a.m.".
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;
// A single capital with a dot is an initial ("J. K. Rowling").
const INITIAL = /^\p{Lu}$/u;

// Words that open sentences. After "U.S." or "Inc." such a word means the abbreviation ended the sentence
// ("…in the U.S. The talks…"); any other capitalised word means it did not ("the U.S. President").
const SENTENCE_STARTERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'these', 'those', 'there',
  'then', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'if', 'when', 'while', 'after', 'before',
  'as', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'some', 'many', 'most', 'all', 'one', 'no', 'yes',
  'meanwhile', 'however', 'still', 'also', 'now', 'what', 'why', 'how', 'who', 'where', 'both', 'each',
  'such', 'since', 'although', 'though', 'earlier', 'later', 'according', 'last', 'next', 'other', 'another',
  'despite', 'during', 'until', 'with', 'without', 'by', 'from', 'to', 'of', 'not', 'even', 'only', 'instead',
  'here', 'today', 'tomorrow', 'yesterday', 'because', 'unlike', 'like', 'among', 'under', 'over',
]);

// Where ICU keeps going although a sentence ended: lowercase word or number + full stop, or sentence-final
// punctuation + closing quote, directly followed by a capitalised word. Two lowercase letters before the dot
// keep "e.g.In" and "St.Louis" whole.
const RUN_TOGETHER = /(?:[\p{Ll}\d]{2}[.!?]|[.!?]["'”’»)])(?=["“‘]?\p{Lu}\p{Ll})/gu;
// A question or exclamation inside quotes, then the attribution: "Why?" she asked.
const QUOTED_QUESTION_END = /[?!]["'”’»)]+$/;
// Nothing starts a sentence with a lowercase letter after a full stop (ICU agrees), or with , ; : )
const CONTINUATION_START = /^[\p{Ll},;:)\]]/u;
const OPENING_PUNCTUATION = /^["“‘'([]+/;
// A sentence needs a letter or a digit; "* * *" and stray dashes are not sentences.
const HAS_CONTENT = /[\p{L}\p{N}]/u;

function pieceEnd(text: string, from: number): number {
  const limit = from + MAX_PIECE;
  // Prefer a cut right after sentence-final punctuation in the second half of the window.
  for (let i = limit; i > from + MAX_PIECE / 2; i--) {
    if (/\s/.test(text[i] ?? '') && /[.!?"”’]/.test(text[i - 1] ?? '')) return i;
  }
  for (let i = limit; i > from; i--) if (/\s/.test(text[i] ?? '')) return i;
  // No whitespace at all: cut anywhere, but not inside a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit + 1 : limit;
}

function rawSegments(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  while (from < text.length) {
    const to = text.length - from > MAX_PIECE ? pieceEnd(text, from) : text.length;
    for (const { index, segment } of sentenceSegmenter().segment(text.slice(from, to))) {
      const start = from + index;
      const end = start + segment.length;
      // Split inside the segment where a sentence ran into the next one without a space.
      let cut = start;
      RUN_TOGETHER.lastIndex = 0;
      for (const m of segment.matchAll(RUN_TOGETHER)) {
        const at = start + (m.index ?? 0) + m[0].length;
        if (at < end) {
          spans.push({ start: cut, end: at });
          cut = at;
        }
      }
      spans.push({ start: cut, end });
    }
    from = to;
  }
  return spans;
}

/** True when the break between `before` and `after` is a false one (abbreviation, initial, quoted "?"). */
export function isFalseBreak(before: string, after: string): boolean {
  const tail = before.trimEnd();
  const head = after.trimStart();
  if (!tail || !head) return true;
  if (CONTINUATION_START.test(head)) return true;
  if (QUOTED_QUESTION_END.test(tail)) return false;
  if (!tail.endsWith('.')) return false;
  const token = (tail.match(/\S+$/)?.[0] ?? '').replace(OPENING_PUNCTUATION, '').slice(0, -1);
  if (!token) return false;
  const key = token.toLowerCase();
  const next = head.replace(OPENING_PUNCTUATION, '');
  const nextWord = (next.match(/^[\p{L}\p{N}'’-]+/u)?.[0] ?? '').toLowerCase();
  const startsNumber = /^\d/.test(next);
  const startsCapital = /^\p{Lu}/u.test(next);
  if (BEFORE_NUMBER.has(key)) return startsNumber;
  if (PERSONAL_TITLES.has(key)) return startsCapital;
  if (TITLES.has(key) || DOTTED_LETTERS.test(token)) return !SENTENCE_STARTERS.has(nextWord);
  if (INITIAL.test(token)) return startsCapital && !SENTENCE_STARTERS.has(nextWord);
  return false;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** Sentence spans of one block's text: offsets into that text, surrounding whitespace trimmed. */
export function sentenceSpans(text: string): Span[] {
  const merged: Span[] = [];
  for (const span of rawSegments(text)) {
    const last = merged[merged.length - 1];
    if (last && isFalseBreak(text.slice(last.start, last.end), text.slice(span.start, span.end))) {
      last.end = span.end;
    } else {
      merged.push({ ...span });
    }
  }
  const spans: Span[] = [];
  for (const span of merged) {
    const trimmed = trimSpan(text, span);
    if (trimmed.end > trimmed.start && HAS_CONTENT.test(text.slice(trimmed.start, trimmed.end))) spans.push(trimmed);
  }
  return spans;
}

/** All sentences of an article, numbered in reading order. */
export function splitSentences(blocks: Block[]): Sentence[] {
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    for (const { start, end } of sentenceSpans(block.text)) {
      sentences.push({ id: sentences.length, block: block.id, start, end, text: block.text.slice(start, end) });
    }
  }
  return sentences;
}
