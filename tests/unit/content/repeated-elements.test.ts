// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Block, Repeat } from '@/lib/analysis/types';
import type { LiveRange } from '@/lib/extraction/extract-article';
import { repeatedBlockElements } from '@/lib/content/repeated-elements';

// Each block is one live element's text; locate maps a block's whole text to that element's text nodes.
function pageOf(html: string) {
  document.body.innerHTML = html;
  const els = [...document.querySelectorAll('[data-block]')];
  const blocks = els.map((el) => ({ text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), kind: 'paragraph' }) as unknown as Block);
  const locate = (block: number): LiveRange | null => {
    const el = els[block];
    if (!el) return null;
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
    const last = texts[texts.length - 1]!;
    return { startContainer: texts[0]!, startOffset: 0, endContainer: last, endOffset: last.data.length };
  };
  return { els, blocks, locate };
}
const repeat = (block: number, of: number, extra: Partial<Repeat> = {}): Repeat => ({ block, of, similarity: 1, text: '', ...extra });

describe('repeatedBlockElements', () => {
  it('takes the element of a whole repeated paragraph', () => {
    const { els, blocks, locate } = pageOf('<p data-block>Same words here.</p><p data-block>Same words here.</p>');
    expect(repeatedBlockElements({ blocks, repeats: [repeat(1, 0)] }, locate)).toEqual([els[1]]);
  });

  it('goes up to the outermost element holding only that text, never the body', () => {
    const { blocks, locate } = pageOf('<p data-block>Same words.</p><div class="wrap"><p><span data-block>Same <b>words</b>.</span></p></div>');
    const [el] = repeatedBlockElements({ blocks, repeats: [repeat(1, 0)] }, locate);
    expect(el?.className).toBe('wrap');
  });

  it('takes a paragraph whose text spans several inline elements', () => {
    const { els, blocks, locate } = pageOf('<p data-block>One <a href="#">two</a> three.</p><p data-block>One <i>two</i> three.</p>');
    expect(repeatedBlockElements({ blocks, repeats: [repeat(1, 0)] }, locate)).toEqual([els[1]]);
  });

  it('ignores a repeated sentence inside a longer block', () => {
    const { blocks, locate } = pageOf('<p data-block>Same words.</p><p data-block>Same words. And more.</p>');
    expect(repeatedBlockElements({ blocks, repeats: [repeat(1, 0, { start: 0, end: 11 })] }, locate)).toEqual([]);
  });

  it('stops below an element that also holds other text', () => {
    const { els, blocks, locate } = pageOf('<p data-block>Same words.</p><div><p data-block>Same words.</p>Caption outside the block.</div>');
    expect(repeatedBlockElements({ blocks, repeats: [repeat(1, 0)] }, locate)).toEqual([els[1]]);
  });

  it('ignores a block that has no place on the page', () => {
    const { blocks } = pageOf('<p data-block>Same words.</p><p data-block>Same words.</p>');
    expect(repeatedBlockElements({ blocks, repeats: [repeat(1, 0)] }, () => null)).toEqual([]);
  });
});
