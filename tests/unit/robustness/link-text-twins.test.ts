// @vitest-environment happy-dom
// Words inside javascript: links keep their place on the page (lib/extraction/text-twins.ts keepLinkTextTwins):
// Readability replaces such a link with a copy of its text, which would have no twin to paint.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/extraction/extract-article';

const SENTENCE = 'the council voted on Tuesday to raise the transport budget by 12% next year, officials said.';

function load(link: string): void {
  const ps = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: ${i === 2 ? `${link} ` : ''}${SENTENCE}</p>`).join('');
  document.open();
  document.write(`<!DOCTYPE html><html lang="en"><head><title>Budget</title></head><body><article>${ps}</article></body></html>`);
  document.close();
}

describe('text inside links Readability rewrites', () => {
  it.each([
    ['a javascript: link holding one text node', '<a href="javascript:void(0)">Read the plan</a>', true],
    ['an ordinary link', '<a href="/plan">Read the plan</a>', true],
    ['a javascript: link holding markup (Readability keeps those nodes)', '<a href="javascript:void(0)"><b>Read</b> the plan</a>', true],
  ])('places %s on the live page', (_what, link, placed) => {
    load(link);
    const article = extractArticle(document, { url: 'http://x/' })!;
    const id = article.blocks.findIndex((b) => b.text.startsWith('Paragraph 2:'));
    const text = article.blocks[id]!.text;
    const at = text.indexOf('Read the plan');
    expect(at).toBeGreaterThan(0);
    const range = article.locate(id, at, at + 'Read the plan'.length);
    expect(range !== null).toBe(placed);
    expect(range!.startContainer.isConnected).toBe(true);
    expect(range!.startContainer.parentElement?.closest('article')).toBe(document.querySelector('article'));
  });

  it('leaves the page itself alone: the link is still a link', () => {
    load('<a href="javascript:void(0)">Read the plan</a>');
    extractArticle(document, { url: 'http://x/' });
    expect(document.querySelector('a[href^="javascript:"]')?.textContent).toBe('Read the plan');
  });
});
