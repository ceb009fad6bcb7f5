// Finds a saved highlight again in an article's text, which may have changed since it was saved: ads moved
// (the article text is the same), a paragraph edited, a paragraph inserted. Three strategies, tried in order:
//
// 1. exact    — the TextQuoteSelector's `exact` text occurs in the text. Several occurrences are told apart by
//               how much of the saved prefix and suffix surrounds each, then by closeness to the saved position.
// 2. position — the text at the saved TextPositionSelector is the quote with a few edits (a word fixed in
//               place, nothing before it changed length).
// 3. fuzzy    — an approximate search for the quote anywhere, each candidate scored on the quote, its prefix
//               and suffix, and its distance from the saved position (Hypothesis's weights, see
//               hypothesis/client src/annotator/anchoring/match-quote.ts); failing that, the text between the
//               saved prefix and suffix when it is still mostly the quote.
//
// Pure: the article text in, offsets out. The caller turns offsets into ranges on the live page.
import { approxSearch, bottomRow, contextSimilarity, editDistance, type ApproxMatch } from './approx-search';

export type AnchorStrategy = 'exact' | 'position' | 'fuzzy';
export const ANCHOR_STRATEGIES: readonly AnchorStrategy[] = ['exact', 'position', 'fuzzy'];

export interface AnchorTarget {
  quote: { exact: string; prefix?: string; suffix?: string };
  position?: { start: number; end: number };
}

export interface Anchor {
  start: number;
  end: number;
  strategy: AnchorStrategy;
  /** 0…1: how well quote and context agree (1 for an exact match with its full context). */
  score: number;
}

// A quote may differ by up to a quarter of its characters: a changed figure ("over four hours" → "4.5 hours")
// or a reworded clause in a sentence, but not a different sentence that shares a few words.
export const MAX_ERROR_RATE = 0.25;
// Hypothesis's weights: the quote matters most, each side of context a little less than half as much, the
// position only breaks ties.
const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 };
// With the weights above: a quote at 75% with its context intact scores 0.81; a perfect quote with neither side
// of its context scores 0.57 + whatever random text shares with the context — not enough, so a name whose
// sentence was deleted is not pinned on another mention of that name.
export const MIN_FUZZY_SCORE = 0.75;
// A short exact quote (a name) must keep a few characters of its context on either side, even when it occurs
// once: its own sentence may be gone and the one left be another mention of the same name.
const MIN_CONTEXT_CHARS = 4;
// Quotes at least this long are distinctive on their own: a repeat of one is a passage printed twice, and the
// saved position picks the copy.
const DISTINCTIVE_LENGTH = 32;
// Longer quotes (a paragraph the reader highlighted) are searched by their head and tail, which keeps the search
// O(text) and tolerates edits in the middle.
const LONG_QUOTE = 256;
const END_PIECE = 64;
// The fuzzy search keeps this many best candidates: a short quote with one allowed error can match often.
const MAX_CANDIDATES = 100;
// Prefix/suffix bracketing needs enough context to be specific; 8 characters is about two short words.
const MIN_BRACKET_CONTEXT = 8;
// Between the saved prefix and suffix, the text must still be at least half the quote.
const MIN_BRACKET_SIMILARITY = 0.5;
// Exact occurrences beyond this many (a one-letter quote) are not worth scoring: the first ones are kept.
const MAX_OCCURRENCES = 1000;
// Between occurrences of the same words, 100 characters of distance from the saved position cost as much as one
// character of context: a page that prints a passage twice has the same context around both copies except
// near an edit, and then the copy where it was saved must win over a far copy with a few more matching chars.
const DISTANCE_PER_CONTEXT_CHAR = 100;
// An exact occurrence this far from the saved position (a share of the text) may be the other copy of a passage
// printed twice while the saved one was edited: a close, nearly identical match near the position wins then.
const FAR_SHARE = 0.1;
const FAR_MIN = 256;
// "Nearly identical": at most a tenth of the quote's characters differ.
const NEAR_ERROR_RATE = 0.1;

export function maxErrors(length: number): number {
  return Math.floor(length * MAX_ERROR_RATE);
}

export function anchorQuote(text: string, target: AnchorTarget): Anchor | null {
  const { exact } = target.quote;
  if (exact.length === 0) return null;
  const found = exactMatch(text, target);
  if (found) return nearEditedCopy(text, target, found) ?? found;
  return positionMatch(text, target) ?? fuzzyMatch(text, target);
}

/**
 * When the only exact occurrences are far from where the quote was saved, an edited copy right there is the
 * saved one (the page prints the passage twice and the reader's copy was edited since): found by fuzzy search
 * in a window around the saved position, with few errors allowed.
 */
function nearEditedCopy(text: string, target: AnchorTarget, found: Anchor): Anchor | null {
  const { exact } = target.quote;
  const position = target.position;
  const k = Math.floor(exact.length * NEAR_ERROR_RATE);
  if (!position || k === 0) return null;
  const window = Math.max(FAR_MIN, Math.floor(text.length * FAR_SHARE));
  if (Math.abs(found.start - position.start) <= window) return null;
  const from = Math.max(0, position.start - window);
  const to = Math.min(text.length, position.end + window);
  const best = approxSearch(text, exact, k, from, to)[0];
  if (!best || best.errors === 0) return null;
  const m = snapToContext(text, target, best);
  return { start: m.start, end: m.end, strategy: 'fuzzy', score: scoreCandidate(text, target, m) };
}

function commonSuffixLength(a: string, aEnd: number, b: string): number {
  let n = 0;
  while (n < b.length && aEnd - 1 - n >= 0 && a.charCodeAt(aEnd - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

function commonPrefixLength(a: string, aStart: number, b: string): number {
  let n = 0;
  while (n < b.length && aStart + n < a.length && a.charCodeAt(aStart + n) === b.charCodeAt(n)) n++;
  return n;
}

function exactMatch(text: string, target: AnchorTarget): Anchor | null {
  const { exact, prefix = '', suffix = '' } = target.quote;
  const hint = target.position?.start;
  if (hint !== undefined && stillInPlace(text, target, hint)) return { start: hint, end: hint + exact.length, strategy: 'exact', score: 1 };
  let best: { start: number; context: number; rank: number } | null = null;
  let count = 0;
  for (let at = text.indexOf(exact); at !== -1 && count < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) {
    count++;
    const context = commonSuffixLength(text, at, prefix) + commonPrefixLength(text, at + exact.length, suffix);
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    const rank = context - distance / DISTANCE_PER_CONTEXT_CHAR;
    if (!best || rank > best.rank) best = { start: at, context, rank };
  }
  if (!best) return null;
  const hasContext = prefix.length + suffix.length > 0;
  if (hasContext && best.context < MIN_CONTEXT_CHARS && exact.length < DISTINCTIVE_LENGTH) return null;
  const score = hasContext ? (WEIGHTS.quote + (WEIGHTS.prefix + WEIGHTS.suffix) * (best.context / (prefix.length + suffix.length))) /
    (WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix) : 1;
  return { start: best.start, end: best.start + exact.length, strategy: 'exact', score };
}

/**
 * The quote is at its saved position with all of its saved context (and enough of it to trust a short quote):
 * no other occurrence can rank higher (the same context at best, and farther away), so the scan of the whole
 * text for occurrences is skipped. On a 10 MB page with 2,000 saved highlights those scans took about a second.
 */
function stillInPlace(text: string, target: AnchorTarget, at: number): boolean {
  const { exact, prefix = '', suffix = '' } = target.quote;
  const context = prefix.length + suffix.length;
  if (context > 0 && context < MIN_CONTEXT_CHARS && exact.length < DISTINCTIVE_LENGTH) return false;
  return text.startsWith(exact, at) && commonSuffixLength(text, at, prefix) === prefix.length &&
    commonPrefixLength(text, at + exact.length, suffix) === suffix.length;
}

function positionMatch(text: string, target: AnchorTarget): Anchor | null {
  const { exact } = target.quote;
  const position = target.position;
  const k = maxErrors(exact.length);
  if (!position || k === 0 || position.start < 0 || position.start >= text.length) return null;
  // The quote must start exactly where it did (nothing before it changed length); its end may move by the
  // edits allowed. scores[j] is the distance from the quote to text[start, start + j + 1).
  const to = Math.min(text.length, position.start + exact.length + k);
  const scores = bottomRow(text, exact, position.start, to, true);
  let best: { end: number; errors: number } | null = null;
  for (let j = Math.max(0, exact.length - k - 1); j < scores.length; j++) {
    const errors = scores[j]!;
    const end = position.start + j + 1;
    const closer = best !== null && Math.abs(end - position.end) < Math.abs(best.end - position.end);
    if (!best || errors < best.errors || (errors === best.errors && closer)) best = { end, errors };
  }
  if (!best || best.errors > k) return null;
  return { start: position.start, end: best.end, strategy: 'position', score: 1 - best.errors / exact.length };
}

/**
 * Moves a fuzzy match's ends onto the saved context: an approximate alignment happily drops a mismatched first
 * word ("Officials" for "Rubio"), but the quote began right after its prefix and ended right before its suffix.
 * Each end moves only when that side's context is found, nearly intact, within the edits allowed.
 */
function snapToContext(text: string, target: AnchorTarget, m: ApproxMatch): ApproxMatch {
  const { exact, prefix = '', suffix = '' } = target.quote;
  const k = maxErrors(exact.length);
  let { start, end } = m;
  if (prefix.length >= MIN_BRACKET_CONTEXT) {
    const from = Math.max(0, m.start - prefix.length - k);
    const found = approxSearch(text, prefix, maxErrors(prefix.length), from, Math.min(text.length, m.start + k));
    const near = found.sort((a, b) => a.errors - b.errors || Math.abs(a.end - m.start) - Math.abs(b.end - m.start))[0];
    if (near && near.end < end) start = near.end;
  }
  if (suffix.length >= MIN_BRACKET_CONTEXT) {
    const found = approxSearch(text, suffix, maxErrors(suffix.length), Math.max(start, m.end - k), Math.min(text.length, m.end + suffix.length + k));
    const near = found.sort((a, b) => a.errors - b.errors || Math.abs(a.start - m.end) - Math.abs(b.start - m.end))[0];
    if (near && near.start > start) end = near.start;
  }
  if (start === m.start && end === m.end) return m;
  const errors = editDistance(exact, text.slice(start, end));
  return errors <= m.errors + Math.abs(start - m.start) + Math.abs(end - m.end) ? { start, end, errors } : m;
}

/** Hypothesis's score for a candidate: quote, prefix, suffix and position, weighted, 0…1. */
function scoreCandidate(text: string, target: AnchorTarget, m: ApproxMatch): number {
  const { exact, prefix = '', suffix = '' } = target.quote;
  const quote = 1 - m.errors / exact.length;
  const before = prefix ? contextSimilarity(text, prefix, m.start, 'before') : 1;
  const after = suffix ? contextSimilarity(text, suffix, m.end, 'after') : 1;
  const hint = target.position?.start;
  const near = hint === undefined || text.length === 0 ? 1 : 1 - Math.min(1, Math.abs(m.start - hint) / text.length);
  const total = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position;
  return (WEIGHTS.quote * quote + WEIGHTS.prefix * before + WEIGHTS.suffix * after + WEIGHTS.position * near) / total;
}

/** Candidates for a quote too long to search whole: its head and tail found apart, then paired up. */
function longQuoteCandidates(text: string, exact: string): ApproxMatch[] {
  const k = maxErrors(exact.length);
  const pieceErrors = maxErrors(END_PIECE);
  const heads = approxSearch(text, exact.slice(0, END_PIECE), pieceErrors).slice(0, MAX_CANDIDATES);
  const tails = approxSearch(text, exact.slice(-END_PIECE), pieceErrors).slice(0, MAX_CANDIDATES);
  const out: ApproxMatch[] = [];
  for (const h of heads) {
    for (const t of tails) {
      const length = t.end - h.start;
      if (length < exact.length - k || length > exact.length + k) continue;
      const errors = editDistance(exact, text.slice(h.start, t.end));
      if (errors <= k) out.push({ start: h.start, end: t.end, errors });
    }
  }
  return out.sort((a, b) => a.errors - b.errors || a.start - b.start).slice(0, MAX_CANDIDATES);
}

/** The text between the saved prefix and suffix, when it is still at least half the quote. */
function bracketMatch(text: string, target: AnchorTarget): ApproxMatch | null {
  const { exact, prefix = '', suffix = '' } = target.quote;
  if (prefix.length < MIN_BRACKET_CONTEXT || suffix.length < MIN_BRACKET_CONTEXT) return null;
  const befores = approxSearch(text, prefix, maxErrors(prefix.length)).slice(0, MAX_CANDIDATES);
  const afters = approxSearch(text, suffix, maxErrors(suffix.length)).slice(0, MAX_CANDIDATES);
  const limit = Math.floor(exact.length * (1 - MIN_BRACKET_SIMILARITY));
  let best: ApproxMatch | null = null;
  for (const p of befores) {
    for (const s of afters) {
      const gap = s.start - p.end;
      // The gap can differ from the quote's length by no more than the edits allowed.
      if (gap <= 0 || Math.abs(gap - exact.length) > limit) continue;
      const errors = editDistance(exact, text.slice(p.end, s.start));
      if (errors <= limit && (!best || errors < best.errors)) best = { start: p.end, end: s.start, errors };
    }
  }
  return best;
}

function fuzzyMatch(text: string, target: AnchorTarget): Anchor | null {
  const { exact } = target.quote;
  const candidates =
    exact.length > LONG_QUOTE ? longQuoteCandidates(text, exact) : approxSearch(text, exact, maxErrors(exact.length)).slice(0, MAX_CANDIDATES);
  let best: Anchor | null = null;
  for (const candidate of candidates) {
    const m = snapToContext(text, target, candidate);
    const score = scoreCandidate(text, target, m);
    if (!best || score > best.score) best = { start: m.start, end: m.end, strategy: 'fuzzy', score };
  }
  if (best && best.score >= MIN_FUZZY_SCORE) return best;
  const bracket = bracketMatch(text, target);
  if (!bracket) return null;
  return { start: bracket.start, end: bracket.end, strategy: 'fuzzy', score: scoreCandidate(text, target, bracket) };
}
