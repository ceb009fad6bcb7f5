// Splits a block into word, punctuation and quote-mark tokens with their offsets. Periods stay with the
// abbreviations and initials they belong to ("Mr.", "G.K.", "U.S."), and a possessive "’s" becomes its own token
// so "Lavrov’s" still names Lavrov.

import type { QuoteSpan } from './find-quote-spans';

export type TokenKind = 'word' | 'punct' | 'quote' | 'poss';

export interface Token {
  index: number;
  start: number;
  end: number;
  text: string;
  lower: string;
  kind: TokenKind;
  /** Starts with a capital letter. */
  cap: boolean;
  /** Two or more letters, all capitals ("US", "NATO", "U.S."): an acronym, never part of a person's name. */
  acronym: boolean;
  /** Inside the content of a quotation. */
  inQuote: boolean;
}

/** A word (letters and digits, joined by inner apostrophes, periods, hyphens or &: "don’t", "U.S", "al-Assad",
 * "AT&T"), or any other single visible character. */
const TOKEN = /([\p{L}\p{M}\p{N}]+(?:[’'.\-&][\p{L}\p{M}\p{N}]+)*)|(\S)/gu;

/** Abbreviations that keep their period: titles and the few others that stand before a name or in one. */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'rep', 'reps', 'sen', 'sens', 'gov', 'gen', 'col', 'capt', 'lt', 'sgt', 'adm', 'maj',
  'cmdr', 'del', 'atty', 'amb', 'supt', 'insp', 'pres', 'hon', 'det', 'rev', 'fr', 'st', 'jr', 'sr', 'inc', 'corp',
  'co', 'ltd', 'no', 'vs', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'mx',
]);

/** Dotted capitals that are places or bodies, not initials. */
const DOTTED_ACRONYMS: ReadonlySet<string> = new Set(['u.s', 'u.k', 'u.n', 'e.u', 'd.c', 'n.y', 'l.a']);

/** Capitalised: a possible name. */
const UPPER_START = /^\p{Lu}/u;
/** "Lavrov’s": the name and its possessive ending. */
const POSSESSIVE = /^(.+)([’']s)$/iu;
/** Any lowercase letter rules out an acronym. */
const HAS_LOWER = /\p{Ll}/u;
/** Letters, counted: an acronym has at least two. */
const LETTERS = /\p{L}/gu;
/** Initials written with periods ("G.K.", "U.S."). */
const DOTTED_INITIALS = /^(\p{Lu}\.)+\p{Lu}?\.?$/u;

function isAcronym(text: string, lower: string): boolean {
  if (text === lower || HAS_LOWER.test(text)) return false;
  if ((text.match(LETTERS)?.length ?? 0) < 2) return false;
  const dotted = text.includes('.') && DOTTED_INITIALS.test(text);
  return !dotted || DOTTED_ACRONYMS.has(lower.replace(/\.$/u, ''));
}

function makeToken(index: number, start: number, text: string, kind: TokenKind): Token {
  const lower = text.toLowerCase();
  const acronym = kind === 'word' && isAcronym(text, lower);
  return { index, start, end: start + text.length, text, lower, kind, cap: text !== lower && UPPER_START.test(text), acronym, inQuote: false };
}

/** Tokens of one block; `spans` are that block's quotations, used to mark quote tokens and quoted words. */
export function tokenizeBlock(text: string, spans: readonly QuoteSpan[]): Token[] {
  const markAt = new Map<number, number>();
  for (const s of spans) {
    markAt.set(s.openStart, s.openEnd);
    if (s.closeStart !== null && s.closeEnd !== null) markAt.set(s.closeStart, s.closeEnd);
  }
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index;
    const markEnd = markAt.get(start);
    if (markEnd !== undefined) {
      tokens.push(makeToken(tokens.length, start, text.slice(start, markEnd), 'quote'));
      TOKEN.lastIndex = markEnd;
      continue;
    }
    let word = m[1];
    if (word === undefined) {
      const c = m[2] ?? '';
      // A lone apostrophe after an s is a plural possessive ("parents’ rights").
      const prev = tokens[tokens.length - 1];
      const kind: TokenKind = (c === '’' || c === "'") && prev && prev.end === start && prev.lower.endsWith('s') ? 'poss' : 'punct';
      tokens.push(makeToken(tokens.length, start, c, kind));
      continue;
    }
    // Keep the period of an abbreviation or initial.
    const lowerWord = word.toLowerCase();
    // Keep it too when a comma or bracket follows: "R-Ky.,", "(D-Mo.)", "Inc.," end no sentence.
    const afterPeriod = text[start + word.length + 1];
    if (text[start + word.length] === '.' && (ABBREVIATIONS.has(lowerWord) || /^\p{Lu}$/u.test(word) || /\.\p{L}$/u.test(word)
      || (afterPeriod !== undefined && ',;)'.includes(afterPeriod)))) {
      word += '.';
      TOKEN.lastIndex = start + word.length;
    }
    const poss = word.length > 2 && (word.includes('’') || word.includes("'")) ? POSSESSIVE.exec(word) : null;
    if (poss && poss[1] && poss[2] && !/^(?:it|he|she|that|there|here|what|who|let)$/iu.test(poss[1])) {
      tokens.push(makeToken(tokens.length, start, poss[1], 'word'));
      tokens.push(makeToken(tokens.length, start + poss[1].length, poss[2], 'poss'));
      continue;
    }
    tokens.push(makeToken(tokens.length, start, word, 'word'));
  }
  // Spans come in order and do not overlap: one pass marks the quoted words.
  let k = 0;
  for (const s of spans) {
    while (k < tokens.length && (tokens[k] as Token).start < s.contentStart) k++;
    while (k < tokens.length && (tokens[k] as Token).end <= s.contentEnd) {
      (tokens[k] as Token).inQuote = true;
      k++;
    }
  }
  return tokens;
}
