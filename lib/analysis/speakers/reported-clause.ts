// The words a cue reports, without the attribution: the clause after "said (that)", the clause before a
// trailing "…, a source said." and the clause beside "according to X". Returned as a token range.

import type { BlockContext } from './block-context';
import type { Frame } from './build-frames';
import type { Cue } from './find-cues';
import type { CueSource } from './cue-source';
import { CALENDAR_WORDS } from './lexicon/calendar-words';
import { AUXILIARIES, CUE_ADVERBS, DETERMINERS, PREPOSITIONS } from './lexicon/function-words';
import { IRREGULAR_PAST } from './lexicon/past-tense-verbs';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import type { Token } from './tokenize-block';

export type TokenRange = [number, number];

/** How far after a cue "that" may come ("told reporters in Riyadh on Tuesday that"). */
const THAT_WINDOW = 12;
/** How far after a cue a that-less clause may start ("said in Riyadh the war …"). */
const CLAUSE_START_WINDOW = 8;
/** How far into a clause its finite verb must appear. */
const FINITE_VERB_WINDOW = 9;
/** Words a trailing attribution may be followed by ("…, a source said on Tuesday in an interview."). */
const MAX_TRAILING_ADJUNCT = 12;
const CLAUSE_PUNCTUATION: ReadonlySet<string> = new Set(['.', ';', ':', '!', '?', '(', ')']);
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['there', 'this', 'nobody', 'none', 'everyone', 'everybody', 'nothing', 'everything', 'someone', 'something']);

function isFiniteAt(tokens: readonly Token[], k: number, afterPronoun: boolean): boolean {
  const t = tokens[k];
  if (!t || t.kind !== 'word' || t.inQuote) return false;
  if (AUXILIARIES.has(t.lower) || IRREGULAR_PAST.has(t.lower)) return true;
  const prev = tokens[k - 1];
  if (/[^e]ed$|eed$/u.test(t.lower) && !t.cap && !(prev && DETERMINERS.has(prev.lower))) return true;
  return afterPronoun && /[^s]s$/u.test(t.lower) && !t.cap;
}

function hasFiniteVerb(tokens: readonly Token[], from: number, limit: number): boolean {
  const first = tokens[from];
  const pronounSubject = first !== undefined && SUBJECT_PRONOUNS.has(first.lower);
  for (let k = from + 1; k < limit && k <= from + FINITE_VERB_WINDOW; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && CLAUSE_PUNCTUATION.has(t.text)) return false;
    if (isFiniteAt(tokens, k, pronounSubject && k === from + 1)) return true;
  }
  return false;
}

function opensClause(t: Token, prev: Token | undefined): boolean {
  if (t.kind !== 'word' || t.inQuote) return false;
  if (prev && prev.kind === 'word' && PREPOSITIONS.has(prev.lower)) return false;
  if (CALENDAR_WORDS.has(t.lower)) return false;
  return SUBJECT_PRONOUNS.has(t.lower) || DETERMINERS.has(t.lower) || CLAUSE_OPENERS.has(t.lower) || t.cap || /^\p{N}/u.test(t.text);
}

/** Where the reported clause after a cue starts, or -1 when the cue has no clause ("confirmed the wrap-up"). */
export function clauseAfterCue(ctx: BlockContext, frame: Frame, cue: Cue, from: number): number {
  const { tokens } = ctx;
  if (cue.verb && cue.verb.tail[cue.verb.tail.length - 1] === 'that') return from;
  // "said (…) that …". Between them only a listener ("told reporters"), an adjunct ("in Riyadh") or an adverb:
  // "acknowledged the challenges that lay ahead" has an object, and its "that" starts a relative clause.
  const firstAfter = tokens[from];
  const objectFirst = firstAfter !== undefined && firstAfter.kind === 'word' && firstAfter.lower !== 'that'
    && !cue.verb?.takesListener && !PREPOSITIONS.has(firstAfter.lower) && !CUE_ADVERBS.has(firstAfter.lower)
    && !/ly$/u.test(firstAfter.lower) && !CALENDAR_WORDS.has(firstAfter.lower);
  for (let k = from; !objectFirst && k < frame.endToken && k < from + THAT_WINDOW; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || t.inQuote) break;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '—') break;
    if (t.kind === 'punct' && k === from) break; // "said, …": a direct quotation or an aside follows
    if (t.lower === 'that' && k + 1 < frame.endToken) return k + 1;
    if (t.lower === 'whether' || t.lower === 'if') return -1;
  }
  // "said no one was being sidelined", "told reporters it was …"
  for (let k = from; k < frame.endToken && k < from + CLAUSE_START_WINDOW; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return -1;
    if (opensClause(t, tokens[k - 1]) && hasFiniteVerb(tokens, k, frame.endToken)) {
      // Only a listener ("told reporters") or an adjunct ("in Riyadh") may come between the cue and the clause.
      if (k === from || cue.verb?.takesListener || tokens.slice(from, k).some((x) => PREPOSITIONS.has(x.lower))) return k;
      return -1;
    }
    // A plural noun subject right before its verb: "said tensions were high".
    if (k === from && !t.cap && isFiniteAt(tokens, k + 1, false)) return k;
  }
  return -1;
}

/** Trims a token range to words and quotation marks at both ends. */
export function trimRange(tokens: readonly Token[], range: TokenRange): TokenRange | null {
  let [s, e] = range;
  while (s < e && (tokens[s] as Token).kind === 'punct') s++;
  while (e > s && (tokens[e - 1] as Token).kind === 'punct') e--;
  return e > s ? [s, e] : null;
}

/** The token that ends an attribution's clause: the comma before the next trailing attribution, or the frame end. */
export function clauseEnd(tokens: readonly Token[], frame: Frame, from: number, later: readonly CueSource[]): number {
  for (const next of later) {
    const start = next.attributionStart;
    if (start <= from) continue;
    const prev = tokens[start - 1];
    if (prev && prev.text === ',') return start - 1;
  }
  return frame.endToken;
}

/**
 * Whether only a short adjunct follows the attribution to the end of the frame ("…, a source said on Tuesday.",
 * "…, he told reporters."): no object ("confirmed the wrap-up"), no clause, no quotation.
 */
export function endsFrame(tokens: readonly Token[], frame: Frame, after: number, listener: boolean): boolean {
  let words = 0;
  for (let k = after; k < frame.endToken; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || t.inQuote || t.lower === 'that') return false;
    if (t.kind !== 'word') continue;
    if (words === 0 && !listener && !PREPOSITIONS.has(t.lower) && !CALENDAR_WORDS.has(t.lower)
      && !CUE_ADVERBS.has(t.lower) && !/ly$/u.test(t.lower)) return false;
    words++;
    if (AUXILIARIES.has(t.lower)) return false;
  }
  return words <= MAX_TRAILING_ADJUNCT;
}
