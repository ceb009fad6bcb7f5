// Repeated sections: blocks (or passages inside a block) that restate earlier text of the same article,
// word for word or nearly (a template that prints the body twice, a teaser, a pull quote, a caption).
// Blocks are visited in reading order and compared, through shingle indexes, with the earlier blocks that
// are not repeats themselves, so the first occurrence is never flagged and `of` is always the earliest copy.
// Cost is one index lookup per shingle: linear in the length of the article.
import type { Block, Repeat, Sentence } from '../types';
import { isBoilerplate } from '../is-boilerplate';
import { findKeyPointList } from '../key-point-list';
import { matchBlock, type Match, type Passage } from './match-block';
import { EarlierText, sentenceRepeats } from './match-sentences';
import { matchedPassage } from './matched-passage';
import { blockWords, sentencesWords, type PassageWords } from './passage-words';
import { ShingleIndex } from './shingle-index';
import { distinct, Vocabulary } from './shingles';

// Blocks under five words ("Comments", "Share", "Read more", "Advertisement") recur on every page by design;
// flagging them tells the reader nothing, so they are never repeats (seed 001's second "Comments" is not
// flagged). Five words still admits a repeated section heading when a whole body is printed twice.
export const MIN_BLOCK_WORDS = 5;

// A repeated stretch covering 90% of its block is the block: marking it whole reads better than a span
// that leaves out a word or two at the edges.
const WHOLE_BLOCK_SHARE = 0.9;

function groupByBlock(sentences: Sentence[]): Map<number, Sentence[]> {
  const byBlock = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = byBlock.get(s.block);
    if (list) list.push(s);
    else byBlock.set(s.block, [s]);
  }
  return byBlock;
}

export function findRepeats(blocks: Block[], sentences: Sentence[]): Repeat[] {
  // The article's own key-point list restates the body by design: its items are neither repeats nor
  // originals that body paragraphs could repeat.
  const keyPointItems = new Set(findKeyPointList(blocks)?.items ?? []);
  const sentencesOf = groupByBlock(sentences);
  const earlier = new EarlierText();
  // Headings are compared only with headings: a section title echoing a phrase of the body is not a repeat.
  const headings = new ShingleIndex();
  const originals = new Map<number, Passage>();
  const shingleSets = new Map<number, Set<number>>();
  const vocabulary = new Vocabulary();
  const repeats: Repeat[] = [];

  for (const block of blocks) {
    if (keyPointItems.has(block.id) || isBoilerplate(block.text)) continue;
    const text = blockWords(block.text, vocabulary);
    if (text.words.length < MIN_BLOCK_WORDS) continue;
    const own = distinct(text.sequence);
    const passage = { words: text.words.length, shingles: own.length };
    const isHeading = block.kind === 'heading';
    const index = isHeading ? headings : earlier.blocks;
    const match = matchBlock(index.overlaps(own), passage, originals);
    const wholeBlock = (m: Match) => repeats.push({ block: block.id, of: m.of, similarity: m.similarity, text: block.text });
    if (match && !match.contains) {
      wholeBlock(match);
      continue;
    }
    const blockSentences = isHeading ? [] : (sentencesOf.get(block.id) ?? []);
    const words = sentencesWords(text, blockSentences);
    if (match?.contains) {
      // The block holds an earlier block and more: mark the repeated stretch, unless it is nearly all.
      const span = matchedPassage(block.text, text.words, text.sequence, shingleSets.get(match.of) ?? new Set());
      if (!span || span.end - span.start >= WHOLE_BLOCK_SHARE * block.text.length) {
        wholeBlock(match);
        continue;
      }
      repeats.push({ block: block.id, of: match.of, similarity: match.similarity, text: block.text.slice(span.start, span.end), ...span });
    } else if (!isHeading) {
      const partial = sentenceRepeats(block, blockSentences, words, earlier);
      const only = partial.length === 1 ? partial[0] : undefined;
      if (only && only.start === 0 && only.end === block.text.length) {
        // The block is one passage restating one earlier block: a whole-block repeat after all.
        wholeBlock(only);
        continue;
      }
      repeats.push(...partial);
    }
    index.add(block.id, own);
    originals.set(block.id, passage);
    shingleSets.set(block.id, new Set(own));
    blockSentences.forEach((s, i) => earlier.addSentence(s, words[i] as PassageWords));
  }
  return repeats;
}
