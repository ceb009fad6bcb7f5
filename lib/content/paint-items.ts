// Turns a report's spans (block, start, end) into paint items on the live page: one item per claim, per
// speaker (all their mentions and quotes, in their colour) and per repeat. Spans that cannot be placed on
// the page are counted, never dropped silently.
import type { Report } from '../analysis/types';
import type { PaintItem } from '../highlighting/paint-item';
import { claimCardTitle, paragraphLabel, repeatCardTitle, speakerCardTitle } from './card-text';

export type Locate = (block: number, start: number, end: number) => StaticRangeInit | null;

export interface PaintPlan {
  items: PaintItem[];
  /** Spans found by analysis that have no place on the live page. */
  unanchored: number;
}

export function paintItemsFor(
  report: Report,
  locate: Locate,
  makeRange: (init: StaticRangeInit) => AbstractRange,
  jumpToBlock: (block: number) => void,
  paletteSize: number,
): PaintPlan {
  let unanchored = 0;
  const place = (block: number, start: number, end: number): AbstractRange[] => {
    const init = end > start ? locate(block, start, end) : null;
    if (!init) {
      unanchored++;
      return [];
    }
    return [makeRange(init)];
  };
  const items: PaintItem[] = [];

  for (const claim of report.claims) {
    const s = report.sentences[claim.sentence];
    if (!s) continue;
    items.push({ kind: 'claim', ranges: place(s.block, s.start, s.end), card: { title: claimCardTitle(claim.reasons) } });
  }

  report.speakers.forEach((speaker, index) => {
    const quotes = report.quotes.filter((q) => q.speaker === speaker.id);
    const spans = [...report.mentions.filter((m) => m.speaker === speaker.id), ...quotes];
    const ranges = spans.flatMap((span) => place(span.block, span.start, span.end));
    items.push({
      kind: 'speaker',
      ranges,
      colorIndex: index % paletteSize,
      key: speaker.id,
      card: { title: speakerCardTitle(speaker, quotes.length) },
    });
  });

  for (const repeat of report.repeats) {
    const block = report.blocks[repeat.block];
    if (!block) continue;
    items.push({
      kind: 'repeat',
      ranges: place(repeat.block, repeat.start ?? 0, repeat.end ?? block.text.length),
      card: {
        title: repeatCardTitle(repeat.of),
        detail: `${Math.round(repeat.similarity * 100)}% the same as ${paragraphLabel(repeat.of)}`,
        action: { label: `Go to ${paragraphLabel(repeat.of)}`, run: () => jumpToBlock(repeat.of) },
      },
    });
  }

  return { items: items.filter((item) => item.ranges.length > 0), unanchored };
}
