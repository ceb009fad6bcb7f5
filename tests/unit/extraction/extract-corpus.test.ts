// The saved corpus pages, parsed with linkedom (the command line's DOM): happy-dom would try to load each
// page's frames and stylesheets. The seed pages and the small cases run under happy-dom in
// extract-article.test.ts, so extraction is checked on two DOM implementations.
import { Readability } from '@mozilla/readability';
import { DOMParser } from 'linkedom';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage } from '../../../lib/extraction/extract-article';
import { collapse, locatedText, SHARED } from './dom-helpers';

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/** linkedom's own serialisation of the whole document. */
function serialise(doc: Document): string {
  return String(doc);
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

// Real pages from Readability's own suite: a news page, one with <br>-separated text, right-to-left text,
// and pages where Readability's first attempt finds too little and it re-parses the page (aclu, lifehacker).
const CORPUS_PAGES = ['nytimes-1', 'breitbart', 'replace-brs', 'rtl-1', 'wikipedia', 'aclu', 'lifehacker-working', 'firefox-nightly-blog'];

describe.each(CORPUS_PAGES)('extractArticle on corpus page %s', (name) => {
  const html = readFileSync(resolve(SHARED, 'corpus/readability', name, 'source.html'), 'utf8');
  const doc = parseHtml(html);
  const before = serialise(doc);
  const article = extractArticle(doc)!;

  it('locates every sentence-sized span, from its first character to its last', () => {
    expect(article.blocks.length).toBeGreaterThan(0);
    let spans = 0;
    let exact = 0;
    for (const block of article.blocks) {
      for (const s of sentences.segment(block.text)) {
        const text = collapse(s.segment);
        if (!text) continue;
        spans++;
        const located = locatedText(article.locate(block, s.index, s.index + s.segment.trimEnd().length));
        // Ends are exact; between them the page may hold what Readability dropped (Wikipedia's "[update]").
        expect(located?.slice(0, 12), `${name} ¶${block.id}`).toBe(text.slice(0, 12));
        expect(located?.slice(-12), `${name} ¶${block.id}`).toBe(text.slice(-12));
        if (located === text) exact++;
      }
    }
    expect(spans).toBeGreaterThan(0);
    expect(exact / spans).toBeGreaterThan(0.97);
  });

  it('has the same text as Readability itself, whitespace aside', () => {
    const own = new Readability(parseHtml(html)).parse()!;
    const squeeze = (s: string) => s.replace(/\s+/g, '');
    expect(squeeze(article.blocks.map((b) => b.text).join(''))).toBe(squeeze(own.textContent ?? ''));
  });

  it('leaves the live page as it was', () => {
    expect(serialise(doc)).toBe(before);
  });
});


describe('isArticlePage on corpus pages', () => {
  it.each([
    ['detects a news article', 'nytimes-1', true],
    ['detects a blog post', 'firefox-nightly-blog', true],
    ['ignores a page the suite marks as not an article', 'ol', false],
    ['ignores another such page', 'remove-aria-hidden', false],
  ])('%s (%s)', (_name, page, expected) => {
    const doc = parseHtml(readFileSync(resolve(SHARED, 'corpus/readability', page, 'source.html'), 'utf8'));
    expect(isArticlePage(doc)).toBe(expected);
  });
});
