// How much of a very long page is analysed (lib/content/analysis-cap.ts).
import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/analysis/types';
import { capForAnalysis, cappedNote, MAX_ANALYSED_CHARS } from '@/lib/content/analysis-cap';

const block = (id: number, text: string): Block => ({ id, kind: 'paragraph', text });

describe('capForAnalysis', () => {
  it('keeps an article under the cap whole', () => {
    const blocks = [block(0, 'One two.'), block(1, 'Three four.')];
    expect(capForAnalysis(blocks, 100)).toEqual({ blocks, omittedChars: 0, analysedWords: 0 });
  });

  it('keeps whole blocks up to the cap and cuts the crossing block at a space, as a prefix', () => {
    const blocks = [block(0, 'aaaa bbbb'), block(1, 'cccc dddd eeee'), block(2, 'ffff')];
    const capped = capForAnalysis(blocks, 15);
    expect(capped.blocks.map((b) => b.text)).toEqual(['aaaa bbbb', 'cccc']);
    expect(blocks[1]!.text.startsWith(capped.blocks[1]!.text)).toBe(true);
    expect(capped.blocks.map((b) => b.id)).toEqual([0, 1]);
    expect(capped.omittedChars).toBe(9 + 14 + 4 - 13);
    expect(capped.analysedWords).toBe(3);
  });

  it('cuts one endless word at the cap, never between the halves of a surrogate pair', () => {
    const emoji = '\u{1F600}';
    const capped = capForAnalysis([block(0, `${'x'.repeat(9)}${emoji}${'y'.repeat(20)}`)], 10);
    expect(capped.blocks[0]!.text).toBe('x'.repeat(9));
  });

  it('analyses a long article (twice the longest in the corpus) whole, and half of a 50,000-word page', () => {
    const article = Array.from({ length: 400 }, (_, i) => block(i, 'A sentence of an ordinary paragraph here. '.repeat(8).trim()));
    expect(article.reduce((s, b) => s + b.text.length, 0)).toBeGreaterThan(2 * 60_000);
    expect(capForAnalysis(article).omittedChars).toBe(0);
    const book = Array.from({ length: 2_500 }, (_, i) => block(i, 'word '.repeat(20).trim()));
    const capped = capForAnalysis(book);
    expect(capped.blocks.reduce((s, b) => s + b.text.length, 0)).toBeLessThanOrEqual(MAX_ANALYSED_CHARS);
    expect(capped.analysedWords).toBeGreaterThan(25_000);
    expect(capped.analysedWords).toBeLessThan(50_000);
  });

  it('caps the number of blocks as well as the characters', () => {
    const tiny = Array.from({ length: 5 }, (_, i) => block(i, 'x'));
    expect(capForAnalysis(tiny, 100, 3).blocks.map((b) => b.id)).toEqual([0, 1, 2]);
  });

  it('says how much was analysed', () => {
    expect(cappedNote(65_432)).toBe('This page is very long: Factmark analysed its first 65,432 words.');
  });
});
