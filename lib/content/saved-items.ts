// Paint items for the saved highlights placed on the page. The reader's own ('user') are always painted, with
// their note in the card. Saved analysis highlights are painted where this visit's analysis did not paint the
// very same span (a claim whose sentence was edited, say), so nothing the reader saved silently disappears and
// nothing is painted twice.
import type { Report } from '../analysis/types';
import type { CardNote, PaintItem } from '../highlighting/paint-item';
import type { PaintKind } from '../highlighting/names';
import type { BlockSpan } from '../anchoring/key-point-span';
import { claimCardTitle } from './card-text';
import type { Placement } from './place-saved';

export const OWN_TITLE = 'Your highlight';
export const FROM_LIBRARY = 'saved earlier';

/** What the card of one of the reader's highlights does: its note is edited and saved, or it is deleted. */
export type NoteFor = (placement: Placement) => CardNote;

const key = (kind: PaintKind, s: BlockSpan) => `${kind}:${s.block}:${s.start}:${s.end}`;

/** The spans this visit's analysis painted, by paint kind (see paint-items.ts). */
export function freshSpans(report: Report): Set<string> {
  const out = new Set<string>();
  for (const claim of report.claims) {
    const s = report.sentences[claim.sentence];
    if (s) out.add(key('claim', s));
  }
  for (const m of [...report.mentions, ...report.quotes]) if (m.speaker !== null) out.add(key('speaker', m));
  for (const r of report.repeats) {
    const block = report.blocks[r.block];
    if (block) out.add(key('repeat', { block: r.block, start: r.start ?? 0, end: r.end ?? block.text.length }));
  }
  return out;
}

function paintKindOf(kind: Placement['record']['kind']): PaintKind | null {
  switch (kind) {
    case 'claim': return 'claim';
    case 'quote':
    case 'mention': return 'speaker';
    case 'repeat': return 'repeat';
    case 'user': return 'user';
    case 'key-point': return null; // Key points are scrolled to, not painted.
  }
}

function foundDetail(p: Placement): string | undefined {
  if (p.strategy === 'position' || p.strategy === 'fuzzy') return 'the page has changed since it was saved; found again nearby';
  return undefined;
}

export function savedItems(placements: readonly Placement[], report: Report, noteFor: NoteFor): PaintItem[] {
  const fresh = freshSpans(report);
  const speakerIndex = new Map<string, number>();
  report.speakers.forEach((s, i) => {
    speakerIndex.set(s.id, i);
    speakerIndex.set(s.name, i);
  });
  const items: PaintItem[] = [];
  for (const p of placements) {
    const kind = paintKindOf(p.record.kind);
    if (!kind || p.ranges.length === 0) continue;
    if (kind === 'user') {
      items.push({ kind, ranges: p.ranges, card: { title: OWN_TITLE, detail: foundDetail(p), note: noteFor(p) } });
      continue;
    }
    if (p.spans.every((s) => fresh.has(key(kind, s)))) continue; // This visit's analysis painted it already.
    const { record } = p;
    // A quote nobody is known to have said was never painted (speakers are painted per person): nor is it now.
    if (kind === 'speaker' && record.speakerId === null) continue;
    if (kind === 'claim') {
      items.push({ kind, ranges: p.ranges, card: { title: claimCardTitle(record.reasons ?? []), detail: FROM_LIBRARY } });
    } else if (kind === 'speaker') {
      const colorIndex = speakerIndex.get(record.speakerId ?? '') ?? speakerIndex.get(record.speakerName ?? '') ?? 0;
      items.push({ kind, ranges: p.ranges, colorIndex, card: { title: record.speakerName ?? 'Speaker', detail: FROM_LIBRARY } });
    } else {
      items.push({ kind, ranges: p.ranges, card: { title: 'Repeated passage', detail: FROM_LIBRARY } });
    }
  }
  return items;
}
