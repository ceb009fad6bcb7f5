// Attribution frames: the sentences of a block, re-joined where a sentence splitter cut inside a quotation
// (“It is over. We lost,” she said) or before a lowercase continuation (“Why?” he asked). A quote and its
// attribution then always share one frame.

import type { Sentence } from '../types';
import type { QuoteSpan } from './find-quote-spans';
import { CUE_FORMS } from './lexicon/cue-verbs';
import { HONORIFICS, TITLE_ABBREVIATIONS } from './lexicon/honorifics';
import type { Token } from './tokenize-block';

export interface Frame {
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

/** The word before a sentence break, when it ends with a period. */
const LAST_ABBREVIATION = /(?:^|[\s(])([\p{L}]+)\.\s*$/u;

/** An initial ("B.") or a title abbreviation ("Del.", "Mr.") right before a sentence break. */
function endsWithInitialOrTitle(before: string): boolean {
  const word = LAST_ABBREVIATION.exec(before)?.[1];
  if (!word) return false;
  if (/^\p{Lu}$/u.test(word)) return true;
  const lower = word.toLowerCase();
  return TITLE_ABBREVIATIONS.has(lower) || HONORIFICS.has(lower) || lower === 'st' || lower === 'jr' || lower === 'sr';
}
/** A closing quotation mark (after the sentence's own punctuation) right before a sentence break. */
const CLOSING_QUOTE_BEFORE = /[”"’'»]\s*$/u;
/** Words an attribution may open with before its cue ("Graham, the senator, asked"). */
const MAX_ATTRIBUTION_LEAD = 12;

/** Whether the sentence starting at `offset` opens with an attribution: a short subject, then a cue. */
function opensWithAttribution(tokens: readonly Token[], offset: number): boolean {
  let k = firstTokenFrom(tokens, offset);
  if (k >= tokens.length) return false;
  for (let n = 0; n < MAX_ATTRIBUTION_LEAD && k < tokens.length; n++, k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote' || (t.kind === 'punct' && t.text !== ',')) return false;
    if (t.kind === 'word' && CUE_FORMS.has(t.lower) && (!t.cap || n === 0)) return endsWithoutQuote(tokens, k + 1);
  }
  return false;
}

/** Whether the sentence ends before another quotation opens: "He noted, “…”" introduces its own quote. */
function endsWithoutQuote(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k < from + MAX_ATTRIBUTION_LEAD; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'quote') return false;
    if (t.kind === 'punct' && ['.', '!', '?'].includes(t.text)) return true;
  }
  return true;
}

/** Index of the first token starting at or after `offset` (binary search: tokens are in order). */
export function firstTokenFrom(tokens: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insideQuote(offset: number, spans: readonly QuoteSpan[], textLength: number): boolean {
  return spans.some((s) => offset > s.openStart && offset < (s.closeEnd ?? textLength));
}

/** Whether the quotation that closes right before `end` opens the sentence that starts at `from`. */
function quotationOpens(spans: readonly QuoteSpan[], text: string, from: number, end: number): boolean {
  const closing = spans.find((s) => s.closeEnd !== null && s.closeEnd <= end && text.slice(s.closeEnd, end).trim() === '');
  return closing !== undefined && /^[\s\p{P}]*$/u.test(text.slice(from, closing.openStart));
}

/** Frames of one block from that block's sentences (a block without sentences is one frame). */
export function buildFrames(text: string, sentences: readonly Sentence[], spans: readonly QuoteSpan[], tokens: readonly Token[]): Frame[] {
  const starts = [...new Set(sentences.map((s) => s.start))].filter((s) => s > 0 && s < text.length).sort((a, b) => a - b);
  const kept = [0];
  for (const start of starts) {
    if (insideQuote(start, spans, text.length)) continue;
    const rest = /^[\s"'“”‘’«»]*(\p{L})/u.exec(text.slice(start, start + 8));
    if (rest && rest[1] && /\p{Ll}/u.test(rest[1])) continue;
    // "Charles B. Rangel", "Del. Stacey Plaskett": a splitter may break after an initial or a title.
    if (endsWithInitialOrTitle(text.slice(Math.max(0, start - 8), start))) continue;
    // “Does anybody know?” Graham asked. — the attribution belongs to the quotation before it, when that
    // quotation is the whole sentence (not "Sanders called it “arbitrary.” Josh Hendler warned that …").
    if (CLOSING_QUOTE_BEFORE.test(text.slice(Math.max(0, start - 3), start)) && quotationOpens(spans, text, kept[kept.length - 1] ?? 0, start)
      && opensWithAttribution(tokens, start)) continue;
    kept.push(start);
  }
  const frames: Frame[] = [];
  let t = 0;
  for (let i = 0; i < kept.length; i++) {
    const start = kept[i] ?? 0;
    const end = kept[i + 1] ?? text.length;
    const firstToken = t;
    while (t < tokens.length && (tokens[t]?.start ?? 0) < end) t++;
    frames.push({ start, end, firstToken, endToken: t });
  }
  return frames;
}
