// Placing saved highlights on the article as it is now, and which of them get painted. No DOM: the article's
// map to the live page is a stand-in that places every block span, except in blocks the test says are gone.
import { describe, expect, it } from 'vitest';
import type { Block } from '@/lib/analysis/types';
import { articleText } from '@/lib/anchoring/article-text';
import { placeSaved, type Placement } from '@/lib/content/place-saved';
import { freshSpans, FROM_LIBRARY, OWN_TITLE, savedItems } from '@/lib/content/saved-items';
import type { SavedHighlight } from '@/lib/messages';
import { highlightsFor } from '@/lib/storage/highlights-for';
import { sampleReport } from '../storage/sample-report';

interface FakeRange { block: number; start: number; end: number }

function article(blocks: Block[], unmapped: number[] = []) {
  return {
    blocks,
    locate: (block: number, start: number, end: number) =>
      unmapped.includes(block) ? null : ({ block, start, end } as unknown as ReturnType<Parameters<typeof placeSaved>[1]['locate']>),
  };
}
const makeRange = (init: unknown) => init as AbstractRange;

function saved(): SavedHighlight[] {
  const report = sampleReport();
  return highlightsFor(report, 1).map((h, i) => ({ ...h, id: i + 1 }));
}

describe('placeSaved', () => {
  it('places every saved highlight of an unchanged article exactly', () => {
    const report = sampleReport();
    const records = saved();
    const { placed, missing } = placeSaved(records, article(report.blocks), makeRange, () => 0);
    expect(missing).toEqual([]);
    expect(placed.map((p) => p.strategy)).toEqual(records.map(() => 'exact'));
    for (const p of placed) {
      const [r] = p.ranges as unknown as FakeRange[];
      expect(report.blocks[r!.block]!.text.slice(r!.start, r!.end)).toBe(p.record.quoteSelector.exact);
    }
  });

  it('reports as missing what is no longer in the text, and what has no place on the live page', () => {
    const report = sampleReport();
    const records = saved();
    const edited = report.blocks.map((b) => (b.id === 5 ? { ...b, text: 'A different closing line entirely, about something else.' } : b));
    const { placed, missing } = placeSaved(records, article(edited, [3]), makeRange, () => 0);
    expect(placed.length + missing.length).toBe(records.length);
    const gone = missing.map((m) => m.text);
    expect(gone).toContain('the bridge was long overdue'); // the quote, in the rewritten line
    expect(gone).toContain('Costs rose 10% since 2024.'); // block 3 has no live text
  });

  it('splits a highlight over two paragraphs into one range per paragraph', () => {
    const report = sampleReport();
    const text = articleText(report.blocks);
    const from = text.indexOf('Monday.');
    const to = text.indexOf('We are ready') + 12;
    const record = { ...saved()[0]!, kind: 'user' as const, quoteSelector: { type: 'TextQuoteSelector' as const, exact: text.slice(from, to), prefix: '', suffix: '' }, positionSelector: { type: 'TextPositionSelector' as const, start: from, end: to } };
    const { placed } = placeSaved([record], article(report.blocks), makeRange, () => 0);
    expect(placed[0]!.spans.map((s) => s.block)).toEqual([1, 2]);
    expect(placed[0]!.ranges).toHaveLength(2);
  });
});

describe('savedItems', () => {
  const note = () => ({ value: '', save: async () => {}, remove: async () => {} });

  it("paints the reader's own highlights with their note, and nothing the analysis has just painted again", () => {
    const report = sampleReport();
    const records = saved();
    const own: SavedHighlight = { ...records[0]!, id: 99, kind: 'user', note: 'mine' };
    const { placed } = placeSaved([...records, own], article(report.blocks), makeRange, () => 0);
    const items = savedItems(placed, report, note);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'user', card: { title: OWN_TITLE } });
    expect(items[0]!.card.note).toBeDefined();
  });

  it('paints a saved claim this analysis did not find again, marked as saved earlier; never a key point', () => {
    const report = sampleReport();
    const records = saved();
    const { placed } = placeSaved(records, article(report.blocks), makeRange, () => 0);
    const withoutClaims = { ...report, claims: [] };
    const items = savedItems(placed, withoutClaims, note);
    const claims = records.filter((r) => r.kind === 'claim');
    expect(items.filter((i) => i.kind === 'claim')).toHaveLength(claims.length);
    expect(items.every((i) => i.card.detail === FROM_LIBRARY)).toBe(true);
    expect(freshSpans(withoutClaims).size).toBeGreaterThan(0);
  });

  it('says when a highlight was found again on a changed page', () => {
    const report = sampleReport();
    const own: SavedHighlight = { ...saved()[0]!, id: 7, kind: 'user' };
    const moved: Placement = { record: own, strategy: 'fuzzy', spans: [{ block: 1, start: 0, end: 4 }], ranges: [{} as AbstractRange] };
    expect(savedItems([moved], report, note)[0]!.card.detail).toMatch(/changed/);
  });
});
