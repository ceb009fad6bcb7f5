// Words for comparing passages: case, quote style, dashes, punctuation and spacing are how copies of one
// paragraph differ on a page (the same text set by two templates), so all of them are dropped.

// Runs of letters, digits and combining marks; everything else separates words. Chinese and Japanese put
// no spaces between words, so each of their characters counts as a word (a run of them would make a whole
// clause one "word", and a repeated paragraph too few words to compare).
const WORD = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}\p{M}])+/gu;
// Only non-ASCII words can have compatibility forms; skipping normalize() for the rest halves the cost.
const ASCII = /^[\x20-\x7e]*$/;
const CAPITAL = /^[\p{Lu}\p{N}]/u;

export interface WordSpan {
  word: string;
  start: number;
  end: number;
  /** Written with a capital or as a number ("Obama", "USA", "2013"): the stuff of names and titles. */
  capital: boolean;
  /** Opens the text or follows a full stop or colon: its capital says nothing about being a name. */
  initial: boolean;
}

// Compatibility forms (full-width letters, ligatures) are folded so text typed two ways compares equal.
const fold = (w: string) => (ASCII.test(w) ? w : w.normalize('NFKC')).toLowerCase();

// This runs on every word of the page: ASCII is decided from character codes, the rest by the regex.
function isCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return CAPITAL.test(word);
}

/** Is there a full stop, question or exclamation mark, ellipsis, colon or semicolon in text[from, to)? */
function hasSentenceBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x2026) return true;
  }
  return false;
}

// Picture notes a caption puts inside a sentence it lifts from the body ("Deputy finance minister Dimitris
// Mardas (pictured) said…"): they point at the layout, not the text, so they are no words of the passage
// (a note inside a lifted stretch would otherwise read as an edit).
const PICTURE_NOTE = /\((?:pictured|not pictured|left|right|centre|center|middle|above|below|top|bottom|inset|left and right|file photo|stock photo|stock image|file picture|stock picture)\)/giu;

/** Character ranges of picture notes in `text` (most texts have no bracket, and skip the search). */
function pictureNotes(text: string): [number, number][] {
  if (!text.includes('(')) return [];
  return [...text.matchAll(PICTURE_NOTE)].map((m) => [m.index ?? 0, (m.index ?? 0) + m[0].length]);
}

/** The words of `text`, folded, with their offsets in `text`. */
export function comparableWordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  const notes = pictureNotes(text);
  let previousEnd = -1;
  for (const m of text.matchAll(WORD)) {
    const start = m.index ?? 0;
    if (notes.length && notes.some(([from, to]) => start >= from && start < to)) continue;
    const initial = previousEnd < 0 || hasSentenceBreak(text, previousEnd, start);
    previousEnd = start + m[0].length;
    spans.push({ word: fold(m[0]), start, end: previousEnd, capital: isCapital(m[0]), initial });
  }
  return spans;
}

export function comparableWords(text: string): string[] {
  return comparableWordSpans(text).map((w) => w.word);
}
