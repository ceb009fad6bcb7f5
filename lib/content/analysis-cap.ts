// How much of a page's text is analysed. Analysis time grows with the text, faster than linearly on some
// shapes (many quotes and names, thousands of tiny blocks), and a hostile or broken page can hold megabytes
// of it. Past the cap, the article is analysed up to it, and the popup says so; extraction and painting still
// cover the whole page. The caps keep each of the fuzzer's hostile documents (tests/unit/fuzz) under a
// second of analysis; raise them when the analysis gets faster.
import type { Block } from '../analysis/types';

// 150,000 characters: about 25,000 words, nearly twice the longest article in the saved corpus (80,000
// characters of visible text). A 50,000-word page is analysed for its first half.
export const MAX_ANALYSED_CHARS = 150_000;
// 2,000 blocks: ten times the paragraphs of a long article; a page of 20,000 one-line blocks (a huge table,
// a log) costs the analysis far more per character than prose.
export const MAX_ANALYSED_BLOCKS = 2_000;

export interface CappedBlocks {
  blocks: Block[];
  /** Characters left out (0 when the whole article fits). */
  omittedChars: number;
  /** Words in the analysed part, for the popup's note. */
  analysedWords: number;
}

/**
 * The article's first blocks, up to `maxChars` characters and `maxBlocks` blocks in all. The block that crosses the limit is cut at
 * its last space before it (or at the limit, never inside a surrogate pair): a prefix of the block's text,
 * so every offset into it is an offset into the page's block as well.
 */
export function capForAnalysis(blocks: readonly Block[], maxChars = MAX_ANALYSED_CHARS, maxBlocks = MAX_ANALYSED_BLOCKS): CappedBlocks {
  let total = 0;
  for (const b of blocks) total += b.text.length;
  if (total <= maxChars && blocks.length <= maxBlocks) return { blocks: [...blocks], omittedChars: 0, analysedWords: 0 };

  const out: Block[] = [];
  let used = 0;
  for (const b of blocks) {
    const room = maxChars - used;
    if (room <= 0 || out.length >= maxBlocks) break;
    if (b.text.length <= room) {
      out.push(b);
      used += b.text.length;
      continue;
    }
    let cut = b.text.lastIndexOf(' ', room);
    if (cut <= 0) cut = room;
    const code = b.text.charCodeAt(cut - 1);
    if (code >= 0xd800 && code <= 0xdbff) cut--; // a high surrogate without its pair
    if (cut > 0) out.push({ ...b, text: b.text.slice(0, cut).trimEnd() });
    used = maxChars;
  }
  let words = 0;
  for (const b of out) words += b.text.split(/\s+/).filter(Boolean).length;
  return { blocks: out, omittedChars: total - out.reduce((s, b) => s + b.text.length, 0), analysedWords: words };
}

/** The popup's note for a capped article. */
export function cappedNote(analysedWords: number): string {
  return `This page is very long: Factmark analysed its first ${analysedWords.toLocaleString('en')} words.`;
}
