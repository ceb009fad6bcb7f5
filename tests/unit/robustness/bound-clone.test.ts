// Bounding the clone Readability reads (lib/extraction/bound-clone.ts): nesting past a browser parser's
// limit is flattened, text past the budget is cut, and every text node stays the same node (its twin on the
// live page is found by identity).
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { boundClone, MAX_DEPTH } from '@/lib/extraction/bound-clone';
import { extractArticle } from '@/lib/extraction/extract-article';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/** Elements between `node` and the root, counting <html> as 1. */
function depthOf(node: Node): number {
  let d = 0;
  for (let n = node.parentNode; n && n.nodeType === 1; n = n.parentNode) d++;
  return d;
}

function nested(depth: number, inner: string): string {
  return `<html><body>${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}</body></html>`;
}

describe('boundClone', () => {
  it('flattens nesting past MAX_DEPTH into the element at that depth, keeping every text node and its order', () => {
    const doc = parse(nested(3_000, '<p>First deep words.</p><span>Second <b>deep</b> words.</span>'));
    const texts = [...doc.querySelectorAll('p, span, b')].map((e) => e.firstChild as Text);
    const report = boundClone(doc);
    expect(report.flattened).toBeGreaterThan(2_000);
    for (const t of texts) expect(t.isConnected).toBe(true);
    expect(Math.max(...texts.map(depthOf))).toBe(MAX_DEPTH);
    expect(doc.body.textContent).toBe('First deep words.Second deep words.');
  });

  it('leaves a page within the limits exactly as it was', () => {
    const html = nested(20, '<article><p>Ordinary text.</p><table><tr><td>1</td></tr></table></article>');
    const doc = parse(html);
    expect(boundClone(doc)).toEqual({ flattened: 0, shortened: 0 });
    expect(doc.toString()).toBe(parse(html).toString());
  });

  it('cuts visible text past the budget, without counting scripts and styles', () => {
    const doc = parse(`<html><body><script>${'x'.repeat(50)}</script><p>${'a'.repeat(30)}</p><p>${'b'.repeat(30)}</p><p>c</p></body></html>`);
    const report = boundClone(doc, MAX_DEPTH, 40);
    expect(report.shortened).toBe(2);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['a'.repeat(30), 'b'.repeat(10), '']);
    expect(doc.querySelector('script')!.textContent).toHaveLength(50);
  });
});

describe('extraction of hostile shapes', () => {
  it('finds the article under 10,000 levels of nesting, in well under a second of work', () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} says the council voted on Tuesday to raise the budget by 12% after a long debate.</p>`).join('');
    const doc = parse(nested(10_000, paragraphs));
    const cpu = process.cpuUsage();
    const article = extractArticle(doc, { mapToLive: false });
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    expect(article?.blocks.map((b) => b.text).join(' ')).toContain('Paragraph 5 says the council');
    expect(ms).toBeLessThan(1_000);
  });
});
