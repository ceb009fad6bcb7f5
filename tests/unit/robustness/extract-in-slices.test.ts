// @vitest-environment happy-dom
// Extraction in slices (lib/extraction/extract-article.ts): the same article as in one go, with pauses in
// between, and no place on the page for text the page changed after extraction.
import { describe, expect, it } from 'vitest';
import { extractArticle, extractArticleInSlices } from '@/lib/extraction/extract-article';

const ARTICLE = Array.from(
  { length: 8 },
  (_, i) => `<p id="p${i}">Paragraph ${i}: the council voted on Tuesday to raise the transport budget by 12% next year, officials said.</p>`,
).join('');

function load(): void {
  document.open();
  document.write(`<!DOCTYPE html><html lang="en"><head><title>Budget</title></head><body><article>${ARTICLE}</article></body></html>`);
  document.close();
}

describe('extractArticleInSlices', () => {
  it('gives the article extractArticle gives, pausing between clone, Readability and blocks', async () => {
    load();
    const whole = extractArticle(document, { url: 'http://x/' });
    let pauses = 0;
    const sliced = await extractArticleInSlices(document, { url: 'http://x/' }, async () => {
      pauses++;
    });
    expect(pauses).toBe(2);
    expect(sliced?.blocks).toEqual(whole?.blocks);
    expect(sliced?.meta).toEqual(whole?.meta);
  });

  it('survives the page editing its article during a pause', async () => {
    load();
    const article = await extractArticleInSlices(document, { url: 'http://x/' }, async () => {
      document.querySelector('#p7')?.remove();
      document.querySelector('#p0')!.append(' (updated)');
    });
    expect(article?.blocks.length).toBeGreaterThan(0);
  });
});

describe('locate after the page changed', () => {
  it('places text as it was extracted, and nothing the page edited or removed since', () => {
    load();
    const article = extractArticle(document, { url: 'http://x/' })!;
    const block = (i: number) => article.blocks.findIndex((b) => b.text.startsWith(`Paragraph ${i}:`));
    const [one, two, three] = [block(1), block(2), block(3)];
    const where = (b: number) => article.locate(b, 0, 9);
    expect(where(one)?.startContainer.data.slice(0, 9)).toBe('Paragraph');
    (document.querySelector('#p1')!.firstChild as Text).data = 'Rewritten by the page.';
    document.querySelector('#p2')!.remove();
    expect(where(one)).toBeNull();
    expect(where(two)).toBeNull();
    expect(where(three)?.startContainer.isConnected).toBe(true);
  });
});
