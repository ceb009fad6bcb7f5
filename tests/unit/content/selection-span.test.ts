// @vitest-environment happy-dom
// From the reader's selection on the live page to offsets in the article text, through extraction's own map.
import { afterEach, describe, expect, it } from 'vitest';
import { articleText } from '@/lib/anchoring/article-text';
import { selectionSpan } from '@/lib/content/selection-span';
import { extractArticle, type ExtractedArticle } from '@/lib/extraction/extract-article';

const PARAGRAPHS = [
  'The first round of direct talks between the United States and Russia concluded in Riyadh on Tuesday.',
  'Senior Russian officials, including <b>Yury Ushakov</b>, a key aide to President Vladimir Putin, confirmed it.',
  'The talks, which lasted for over four hours, were not just focused on Ukraine but on diplomatic relations.',
  'Rubio said the absence of Ukrainian officials at this stage did not preclude their involvement later on.',
];

function page(): ExtractedArticle {
  document.body.innerHTML = `<nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article><h1>US-Russia talks conclude</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}</article>
    <aside class="sidebar"><p>Most read: weather warning issued.</p></aside>`;
  const article = extractArticle(document, { url: 'https://news.example/a' });
  if (!article) throw new Error('no article extracted');
  return article;
}
afterEach(() => (document.body.textContent = ''));

/** A range from `start` in the first text node containing it to `end` in the one containing that (after `start`). */
function rangeOver(start: string, end: string): Range {
  const walker = document.createTreeWalker(document.body, 4);
  const range = document.createRange();
  let started = false;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    if (!started && n.data.includes(start)) {
      range.setStart(n, n.data.indexOf(start));
      started = true;
    }
    if (started && n.data.includes(end)) {
      range.setEnd(n, n.data.indexOf(end) + end.length);
      return range;
    }
  }
  throw new Error(`no text "${start}" … "${end}"`);
}

describe('selectionSpan', () => {
  it.each([
    ['a few words in one paragraph', 'lasted for', 'four hours', 'lasted for over four hours'],
    ['a passage over two paragraphs (the blank line between is kept)', 'confirmed it', 'The talks,', 'confirmed it.\n\nThe talks,'],
    ['a passage that starts inside a bold name', 'Ushakov', 'aide', 'Ushakov, a key aide'],
  ])('maps %s', (_name, start, end, expected) => {
    const article = page();
    const span = selectionSpan(article, rangeOver(start, end))!;
    expect(articleText(article.blocks).slice(span.from, span.to)).toBe(expected);
  });

  it('trims a selection that starts in the menu to the article text inside it', () => {
    const article = page();
    const span = selectionSpan(article, rangeOver('News', 'concluded'))!;
    expect(articleText(article.blocks).slice(span.from, span.to)).toBe(`US-Russia talks conclude\n\n${PARAGRAPHS[0]!.slice(0, PARAGRAPHS[0]!.indexOf('concluded') + 9)}`);
  });

  it('drops the spaces a double-click takes with a word', () => {
    const article = page();
    const text = document.querySelectorAll('article p')[2]!.firstChild as Text;
    const at = text.data.indexOf(' over ');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 6);
    const span = selectionSpan(article, range)!;
    expect(articleText(article.blocks).slice(span.from, span.to)).toBe('over');
  });

  it.each([
    ['the sidebar', 'Most read', 'warning'],
    ['the menu', 'Home', 'News'],
  ])('gives nothing for a selection in %s', (_name, start, end) => {
    expect(selectionSpan(page(), rangeOver(start, end))).toBeNull();
  });
});
