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
import { Originals } from './originals';
import { blockWords, sentencesWords, wordsOutside, type PassageWords } from './passage-words';
import { MIN_SENTENCE_WORDS } from './restates';
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

interface Part extends PassageSpan {
  of: number;
  similarity: number;
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
    } else joined.push({ ...p });
  }
  return joined;
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
    const whole = restated(text, candidates);
    if (whole) {
      repeats.push({ block: block.id, of: whole.of, similarity: whole.similarity, text: block.text });
      continue;
    }
    if (pool !== bodyBlocks) {
      pool.add(block.id, text);
      continue;
    }

    // Passages inside the block: an earlier block it contains, sentences restating earlier blocks, and
    // earlier sentences restated inside its sentences. A block sharing no shingle with earlier text has none
    // (its sentences' shingles are among its own), and most blocks of a page are such.
    const blockSentences = sentencesOf.get(block.id) ?? [];
    let words: PassageWords[] | undefined;
    const sentenceWords = () => (words ??= sentencesWords(text, blockSentences));
    const nearCopies = candidates.filter((c) => text.ids.length <= CONTAINS_MAX_GROWTH * c.words.ids.length);
    const parts = containedParts(block.text, text, contained(text, nearCopies));
    if (touched.length) {
      blockSentences.forEach((s, i) => {
        const w = sentenceWords()[i] as PassageWords;
        if (w.ids.length < MIN_SENTENCE_WORDS || parts.some((p) => p.start <= s.start && p.end >= s.end)) return;
        const near = bodyBlocks.candidates(w);
        if (!near.touched.length) return;
        const earlierSentences = bodyBlocks.sentencesSharing(w, near.touched);
        const match = restated(w, [...near.blocks, ...earlierSentences]);
        if (match) parts.push({ start: s.start, end: s.end, of: match.of, similarity: match.similarity });
        else parts.push(...containedParts(block.text, w, contained(w, earlierSentences)));
      });
    }
    const found = tidy(block.text, parts);
    const only = found.length === 1 ? found[0] : undefined;
    if (only && only.end - only.start >= WHOLE_BLOCK_SHARE * block.text.trim().length) {
      repeats.push({ block: block.id, of: only.of, similarity: only.similarity, text: block.text });
      continue;
    }
    for (const p of found) repeats.push({ block: block.id, of: p.of, similarity: p.similarity, text: block.text.slice(p.start, p.end), start: p.start, end: p.end });

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
