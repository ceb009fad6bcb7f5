// The whole analysis of one article, pure and synchronous: blocks of plain text in, spans out. The same
// function runs in the content script, in the command line and in the tests.
import type { Analysis, Block, Repeat } from './types';
import { isEnglish } from './language';
import { findClaims } from './claims/find-claims';
import { findKeyPoints } from './key-points';
import { findRepeats } from './repeats/find-repeats';
import { splitSentences } from './sentences';
import { attributeQuotes } from './speakers/attribute-quotes';

// A sentence inside a repeated block or passage is already marked as a repeat; marking it as a claim, or
// its quotes as quotes, would count the same thing twice (seed 001 prints its whole body twice).
function insideRepeat(repeats: Repeat[]): (block: number, start: number, end: number) => boolean {
  const whole = new Set<number>();
  const parts = new Map<number, Repeat[]>();
  for (const r of repeats) {
    if (r.start === undefined) whole.add(r.block);
    else parts.set(r.block, [...(parts.get(r.block) ?? []), r]);
  }
  return (block, start, end) =>
    whole.has(block) || (parts.get(block) ?? []).some((r) => (r.start ?? 0) <= start && (r.end ?? 0) >= end);
}

export interface AnalyzeOptions {
  /** The page's declared language, if any (e.g. "en-GB"); see isEnglish. */
  lang?: string | null;
  /** The article's title, if known: key points favour sentences that restate it. */
  title?: string | null;
}

export function analyze(blocks: Block[], options: AnalyzeOptions = {}): Analysis {
  const sentences = splitSentences(blocks);
  // Speakers and claims rely on English cue words; other languages get repeats and key points only.
  const english = isEnglish(blocks.map((b) => b.text).join('\n'), options.lang ?? null);
  const attributed = english ? attributeQuotes(blocks, sentences) : { speakers: [], quotes: [], mentions: [] };
  const allClaims = english ? findClaims(blocks, sentences, attributed.quotes) : [];
  const repeats = findRepeats(blocks, sentences);
  const repeated = insideRepeat(repeats);
  const sentenceById = new Map(sentences.map((s) => [s.id, s]));
  const claims = allClaims.filter((c) => {
    const s = sentenceById.get(c.sentence);
    return s !== undefined && !repeated(s.block, s.start, s.end);
  });
  const quotes = attributed.quotes.filter((q) => !repeated(q.block, q.start, q.end));
  const mentions = attributed.mentions.filter((m) => !repeated(m.block, m.start, m.end));
  // Key points come from the first copy of a repeated passage; the second would also count its words twice.
  const original = sentences.filter((s) => !repeated(s.block, s.start, s.end));
  const keyPoints = findKeyPoints(blocks, original, quotes, { title: options.title ?? null });
  return { blocks, sentences, claims, speakers: attributed.speakers, quotes, mentions, repeats, keyPoints };
}
