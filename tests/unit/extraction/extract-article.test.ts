// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage, MIN_ARTICLE_CHARS } from '../../../lib/extraction/extract-article';
import { articlePage, collapse, loadPage, locatedText, parseHtml, serialise, SHARED } from './dom-helpers';

const SEEDS = [
  ['seed000.html', '000_38bd7e3bd0a3190e.txt'],
  ['seed001.html', '001_db495df2c14ce8e8.txt'],
] as const;

/** A seed .txt line as block text: bullets dropped, whitespace collapsed. */
function seedLines(file: string): string[] {
  return readFileSync(resolve(SHARED, 'seeds', file), 'utf8').split('\n').map((l) => collapse(l.replace(/^- /, ''))).filter(Boolean);
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

describe.each(SEEDS)('extractArticle on %s', (page, txt) => {
  const doc = loadPage(`seeds/pages/${page}`);
  const before = serialise(doc);
  const article = extractArticle(doc, { url: 'https://example.com/seed' })!;

  it('finds the article and its metadata', () => {
    expect(article).not.toBeNull();
    expect(article.meta.url).toBe('https://example.com/seed');
    expect(article.meta.siteName).toMatch(/World Desk Daily|Global Affairs Herald/);
    expect(article.meta.byline).toBe('Staff Reporter');
    expect(article.meta.lang).toBe('en');
    expect(article.meta.publishedTime).toBe('2026-11-18T08:00:00Z');
    expect(article.meta.title).toBe(doc.querySelector('h1')!.textContent);
  });

  it('yields the seed text, line by line, without menu, sidebar, comments or footer', () => {
    const lines = seedLines(txt);
    // The page prints "Key points" where the text file has "KEY POINTS".
    expect(article.blocks.map((b) => (b.kind === 'heading' ? b.text.toLowerCase() : b.text)))
      .toEqual(lines.map((l, i) => (article.blocks[i]?.kind === 'heading' ? l.toLowerCase() : l)));
    expect(article.blocks.map((b) => b.id)).toEqual(article.blocks.map((_, i) => i));
  });

  it('locates every block on the live page, as exactly its text', () => {
    for (const block of article.blocks) {
      const range = article.locate(block, 0, block.text.length);
      expect(range && doc.contains(range.startContainer) && doc.contains(range.endContainer)).toBe(true);
      expect(locatedText(range)).toBe(block.text);
    }
  });

  it('locates every sentence by block id too', () => {
    for (const block of article.blocks) {
      for (const s of sentences.segment(block.text)) {
        const text = s.segment.trimEnd();
        expect(locatedText(article.locate(block.id, s.index, s.index + text.length))).toBe(text);
      }
    }
  });

  it('leaves the live page exactly as it was', () => {
    expect(serialise(doc)).toBe(before);
  });
});

describe('extractArticle on seed000.html', () => {
  const article = extractArticle(loadPage('seeds/pages/seed000.html'))!;

  it('reads the key points as a heading and seven list items', () => {
    expect(article.blocks.slice(0, 9).map((b) => b.kind)).toEqual(['heading', ...Array(7).fill('list-item'), 'paragraph']);
    expect(article.blocks[0]!.text).toBe('Key points');
  });

  it('reads the section titles as headings', () => {
    expect(article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual([
      'Key points', 'Trump-Putin meeting', 'Zelensky expresses concerns', 'EU engagement in Ukraine talks',
      'US-Russia diplomatic ties', 'Russia warns against NATO expansion', 'Security guarantees',
    ]);
  });

  it('answers null for an unknown block', () => {
    expect(article.locate(999, 0, 1)).toBeNull();
  });
});

describe('extractArticle robustness', () => {
  it.each([
    ['a navigation-only page', '<html><body><nav><a href="/">Home</a><a href="/a">A</a></nav><footer>© x</footer></body></html>'],
    ['an empty document', ''],
    ['a page with one short paragraph', '<html><body><article><p>Too short to be an article.</p></article></body></html>'],
  ])('returns null for %s', (_name, html) => {
    expect(extractArticle(parseHtml(html))).toBeNull();
  });

  it('survives malformed HTML', () => {
    const body = '<p>Unclosed <b>bold <i>and italic</p><div><p>Stray </div></span> closing tags and an <unknown-tag>unknown ' +
      'element</unknown-tag> in the article.</p><table><tr><p>Misplaced paragraph in a table.</p></table>';
    const doc = parseHtml(articlePage(body));
    const article = extractArticle(doc)!;
    expect(article.blocks.map((b) => b.text).join(' ')).toContain('unknown element in the article.');
    for (const block of article.blocks) expect(locatedText(article.locate(block, 0, block.text.length))).toBe(block.text);
  });

  it('does not read frames: only the given document', () => {
    const doc = parseHtml(articlePage('<iframe srcdoc="<p>Text inside the frame that must not appear.</p>"></iframe>'));
    const article = extractArticle(doc)!;
    expect(article.blocks.map((b) => b.text).join(' ')).not.toContain('inside the frame');
  });

  it('locates the text of a javascript: link Readability turns into text, and around it (issue 7: keepLinkTextTwins)', () => {
    const doc = parseHtml(articlePage('<p>The minister said <a href="javascript:void(0)">the talks</a> went well on the whole.</p>'));
    const article = extractArticle(doc)!;
    const block = article.blocks.find((b) => b.text.startsWith('The minister said'))!;
    expect(block.text).toBe('The minister said the talks went well on the whole.');
    const at = block.text.indexOf('the talks');
    expect(locatedText(article.locate(block, at, at + 'the talks'.length))).toBe('the talks');
    expect(locatedText(article.locate(block, 0, 'The minister'.length))).toBe('The minister');
    expect(locatedText(article.locate(block, block.text.indexOf('went'), block.text.length))).toBe('went well on the whole.');
  });

  it('skips the map when asked (the command line has no page to paint)', () => {
    const article = extractArticle(loadPage('seeds/pages/seed000.html'), { mapToLive: false })!;
    expect(article.blocks).toHaveLength(37);
    expect(article.locate(0, 0, 3)).toBeNull();
  });

  it('handles a 50,000-word page and locates its last block', () => {
    const paragraph = (i: number) => `<p>Paragraph ${i}: officials said the talks in Riyadh lasted over four hours and that both sides ` +
      `agreed to restore embassy staffing, a step that would take months to complete, according to people familiar with it.</p>`;
    const doc = parseHtml(articlePage(Array.from({ length: 1500 }, (_, i) => paragraph(i)).join('\n')));
    const article = extractArticle(doc)!;
    expect(article.blocks.length).toBeGreaterThanOrEqual(1500);
    const last = article.blocks[article.blocks.length - 2]!;
    expect(last.text).toMatch(/^Paragraph 1499:/);
    expect(locatedText(article.locate(last, 0, last.text.length))).toBe(last.text);
  }, 30_000);
});

describe('isArticlePage', () => {
  it.each([
    ['detects a seed news page', loadPage('seeds/pages/seed000.html'), true],
    ['ignores a navigation-only page', parseHtml('<html><body><nav><a href="/">Home</a></nav></body></html>'), false],
    ['ignores a page with a single short paragraph', parseHtml(`<html><body><p>${'x'.repeat(MIN_ARTICLE_CHARS - 1)}</p></body></html>`), false],
    ['ignores an empty document', parseHtml(''), false],
  ])('%s', (_name, doc, expected) => {
    expect(isArticlePage(doc)).toBe(expected);
  });
});
