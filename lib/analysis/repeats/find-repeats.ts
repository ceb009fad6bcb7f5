// Repeated sections: blocks (or passages inside a block) that restate earlier text of the same article,
// word for word or nearly (a template that prints the body twice, a teaser, a pull quote, a caption, an
// editor's note with a word changed). Blocks are visited in reading order and compared with the earlier
// blocks and sentences that are not repeats themselves, so the first occurrence is never flagged and `of`
// is the earliest copy. Each comparison is an index lookup per shingle plus an alignment with the few
// earlier passages that share enough of them: cost grows linearly with the length of the article.
import type { Block, Repeat, Sentence } from '../types';
import { isBoilerplate } from '../is-boilerplate';
import { findKeyPointList } from '../key-point-list';
import { contained, restated, type Match } from './match';
import { wordRangeSpan, type PassageSpan } from './matched-passage';
import { Originals, type Original } from './originals';
import { blockWords, sentencesWords, wordsOutside, type PassageWords } from './passage-words';
import { isQuotedAt } from './quoted-speech';
import { LONG_PASSAGE_WORDS, MIN_SENTENCE_WORDS } from './restates';
import { Vocabulary } from './shingles';

// Blocks under five words ("Comments", "Share", "Read more", "Advertisement") recur on every page by design;
// flagging them tells the reader nothing, so they are never repeats (seed 001's second "Comments" is not
// flagged). Five words still admits a repeated section heading when a whole body is printed twice.
export const MIN_BLOCK_WORDS = 5;
export { MIN_SENTENCE_WORDS };
// A block containing an earlier block whole is matched as a block up to twice the earlier one's length (a
// copy with a "Read more" tail); beyond that the earlier text is a quotation inside new text, found
// sentence by sentence.
const CONTAINS_MAX_GROWTH = 2;
// A repeated stretch covering 90% of its block is the block: marking it whole reads better than a span
// that leaves out a word or two at the edges.
const WHOLE_BLOCK_SHARE = 0.9;
// A short stretch of quoted speech (under LONG_PASSAGE_WORDS, after joining neighbouring repeated sentences)
// inside a paragraph that recurs inside longer earlier text is speech quoted twice, not a passage the page
// prints twice: the speaker said the line again ("He knows exactly what he's doing." in two answers), or the
// writer cites it in a clause before quoting the speech in full ("…saying it will be “as big as it needs to
// be.”"). Either way the reader needs both. A short line standing as a block of its own on either side (a
// pull quote) is still a repeat, and so is an unquoted line printed again (a live blog's "It takes 2,383
// delegates to win." in each update).
const isQuotedEcho = (text: string, sentence: Sentence, sentencesInBlock: number, match: Match) =>
  sentencesInBlock > 1 && Boolean(match.ofPart) && isQuotedAt(text, sentence.start);

interface Part extends PassageSpan {
  of: number;
  similarity: number;
  /** A quoted sentence restating part of longer earlier text (see isQuotedEcho); dropped if still short
   * once joined with its repeated neighbours. */
  echo?: boolean;
}

function groupByBlock(sentences: Sentence[]): Map<number, Sentence[]> {
  const byBlock = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  return byBlock;
}

/** Spans in `text` for matches that contain an earlier passage (words indexed in `words`). */
function containedParts(text: string, words: PassageWords, matches: Match[]): Part[] {
  return matches.flatMap((m) => {
    const span = m.inside && wordRangeSpan(text, words.words, m.inside[0], m.inside[1]);
    return span ? [{ ...span, of: m.of, similarity: m.similarity }] : [];
  });
}

/** Overlapping parts with the same source become one part spanning both (a block found inside a later one
 * and a sentence of it found too say the same thing), carrying the similarity of the longer. */
function mergeSameSource(parts: Part[]): Part[] {
  const merged: Part[] = [];
  for (const p of [...parts].sort((a, b) => a.of - b.of || a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && last.of === p.of && p.start < last.end) {
      if (p.end - p.start > last.end - last.start) last.similarity = p.similarity;
      last.end = Math.max(last.end, p.end);
      last.echo = last.echo && p.echo;
    } else merged.push({ ...p });
  }
  return merged;
}

/** Non-overlapping parts in reading order (the better of two overlapping parts stays); neighbours with the
 * same source and only spaces or punctuation between them become one. */
function tidy(text: string, parts: Part[]): Part[] {
  const ranked = mergeSameSource(parts).sort((a, b) => b.similarity - a.similarity || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Part[] = [];
  for (const p of ranked) if (!kept.some((k) => k.start < p.end && p.start < k.end)) kept.push(p);
  kept.sort((a, b) => a.start - b.start);
  const joined: Part[] = [];
  for (const p of kept) {
    const last = joined[joined.length - 1];
    if (last && last.of === p.of && !/[\p{L}\p{N}]/u.test(text.slice(last.end, p.start))) {
      last.end = p.end;
      last.similarity = Math.min(last.similarity, p.similarity);
      last.echo = last.echo && p.echo;
    } else joined.push({ ...p });
  }
  return joined;
}

/** Earlier blocks that `text` may hold whole as a near copy (see CONTAINS_MAX_GROWTH). */
const nearCopies = (text: PassageWords, candidates: Original[]) => candidates.filter((c) => text.ids.length <= CONTAINS_MAX_GROWTH * c.words.ids.length);

/** The repeats `found` in `block`: the block itself when one part covers it, else each part. */
function repeatsFor(block: Block, found: Part[]): Repeat[] {
  const only = found.length === 1 ? found[0] : undefined;
  if (only && only.end - only.start >= WHOLE_BLOCK_SHARE * block.text.trim().length) return [{ block: block.id, of: only.of, similarity: only.similarity, text: block.text }];
  return found.map((p) => ({ block: block.id, of: p.of, similarity: p.similarity, text: block.text.slice(p.start, p.end), start: p.start, end: p.end }));
}

/** How many of the block's words lie inside `span`. */
function wordsBetween(words: PassageWords, span: PassageSpan): number {
  let n = 0;
  for (const w of words.words) if (w.start >= span.start && w.end <= span.end) n++;
  return n;
}

export function findRepeats(blocks: Block[], sentences: Sentence[]): Repeat[] {
  // The article's own key-point list restates the body by design: its items are neither repeats nor
  // originals that body paragraphs could repeat.
  const keyPointItems = new Set(findKeyPointList(blocks)?.items ?? []);
  const sentencesOf = groupByBlock(sentences);
  const vocabulary = new Vocabulary();
  // Headings are compared only with headings (a section title echoing a phrase of the body is not a
  // repeat), and promo lines only with promo lines (the same "ALSO READ: …" line printed twice is).
  const headings = new Originals();
  const furniture = new Originals();
  const bodyBlocks = new Originals();
  const repeats: Repeat[] = [];

  for (const block of blocks) {
    if (keyPointItems.has(block.id)) continue;
    const text = blockWords(block.text, vocabulary);
    if (text.ids.length < MIN_BLOCK_WORDS) continue;
    const pool = block.kind === 'heading' ? headings : isBoilerplate(block.text) ? furniture : bodyBlocks;
    const { blocks: candidates, touched } = pool.candidates(text);
    // A line read as furniture for a call-to-action word may be article text after all ("…said Jon Ralston, who
    // runs a Nevada politics newsletter.", a short paragraph printed again with "Click here to subscribe to
    // our newsletter." put on): one that restates a body paragraph, or holds one whole, repeats it.
    const bodyCandidates = pool === furniture ? bodyBlocks.candidates(text).blocks : [];
    const whole = restated(text, candidates) ?? restated(text, bodyCandidates);
    if (whole) {
      repeats.push({ block: block.id, of: whole.of, similarity: whole.similarity, text: block.text });
      continue;
    }
    if (pool !== bodyBlocks) {
      repeats.push(...repeatsFor(block, tidy(block.text, containedParts(block.text, text, contained(text, nearCopies(text, bodyCandidates))))));
      pool.add(block.id, text);
      continue;
    }

    // Passages inside the block: an earlier block it contains, sentences restating earlier blocks, and
    // earlier sentences restated inside its sentences. A block sharing no shingle with earlier text has none
    // (its sentences' shingles are among its own), and most blocks of a page are such.
    const blockSentences = sentencesOf.get(block.id) ?? [];
    let words: PassageWords[] | undefined;
    const sentenceWords = () => (words ??= sentencesWords(text, blockSentences));
    const parts = containedParts(block.text, text, contained(text, nearCopies(text, candidates)));
    if (touched.length) {
      blockSentences.forEach((s, i) => {
        const w = sentenceWords()[i] as PassageWords;
        if (w.ids.length < MIN_SENTENCE_WORDS || parts.some((p) => p.start <= s.start && p.end >= s.end)) return;
        const near = bodyBlocks.candidates(w);
        if (!near.touched.length) return;
        const earlierSentences = bodyBlocks.sentencesSharing(w, near.touched);
        const match = restated(w, [...near.blocks, ...earlierSentences]);
        if (!match) parts.push(...containedParts(block.text, w, contained(w, earlierSentences)));
        else parts.push({ start: s.start, end: s.end, of: match.of, similarity: match.similarity, echo: isQuotedEcho(block.text, s, blockSentences.length, match) });
      });
    }
    const found = tidy(block.text, parts).filter((p) => !p.echo || wordsBetween(text, p) >= LONG_PASSAGE_WORDS);
    const mine = repeatsFor(block, found);
    repeats.push(...mine);
    if (mine[0] && mine[0].start === undefined) continue;

    // Only the block's own text is an original: a later copy of its repeated passage points at the first.
    const ownSentences = () =>
      sentenceWords().filter((w, i) => {
        const s = blockSentences[i] as Sentence;
        return w.ids.length >= MIN_SENTENCE_WORDS && !found.some((p) => p.start < s.end && s.start < p.end);
      });
    bodyBlocks.add(block.id, wordsOutside(text, found), ownSentences);
  }
  return repeats;
}
