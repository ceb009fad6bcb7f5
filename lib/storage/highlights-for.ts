// Turns a report into the highlight rows saved with it: one per thing painted on the page (claims, quotes,
// speaker mentions, repeats) plus the key points the popup scrolls to.
import type { Report } from '../analysis/types';
import { keyPointSpan } from '../anchoring/key-point-span';
import { selectorsFor } from '../anchoring/selectors-for';
import type { HighlightKind, HighlightRecord, NewHighlight } from './records';

interface Span {
  kind: HighlightKind;
  text: string;
  block: number;
  start: number;
  end: number;
  speakerId?: string | null;
  extra?: Pick<HighlightRecord, 'reasons' | 'quoteKind' | 'repeatOf'>;
}

export function highlightsFor(report: Report, articleId: number): NewHighlight[] {
  const blockText = new Map(report.blocks.map((b) => [b.id, b.text]));
  const sentences = new Map(report.sentences.map((s) => [s.id, s]));
  const speakerName = new Map(report.speakers.map((s) => [s.id, s.name]));
  const spans: Span[] = [];

  for (const claim of report.claims) {
    const s = sentences.get(claim.sentence);
    if (!s) continue; // A claim about a sentence the report lacks has nothing to anchor to.
    spans.push({ kind: 'claim', text: claim.text, block: s.block, start: s.start, end: s.end, extra: { reasons: claim.reasons } });
  }
  for (const q of report.quotes) {
    spans.push({ kind: 'quote', text: q.text, block: q.block, start: q.start, end: q.end, speakerId: q.speaker, extra: { quoteKind: q.kind } });
  }
  for (const m of report.mentions) {
    const text = blockText.get(m.block)?.slice(m.start, m.end) ?? '';
    spans.push({ kind: 'mention', text, block: m.block, start: m.start, end: m.end, speakerId: m.speaker });
  }
  for (const r of report.repeats) {
    // Without start/end the whole block is the repeat (lib/analysis/types.ts).
    const end = r.end ?? blockText.get(r.block)?.length ?? 0;
    spans.push({ kind: 'repeat', text: r.text, block: r.block, start: r.start ?? 0, end, extra: { repeatOf: r.of } });
  }
  for (const k of report.keyPoints) spans.push({ kind: 'key-point', text: k.text, ...keyPointSpan(report, k) });

  // A span outside its block would anchor to the wrong words; leave it out (the saved report still has it).
  const fits = ({ block, start, end }: Span) => start >= 0 && start <= end && end <= (blockText.get(block)?.length ?? -1);
  return spans.filter(fits).map(({ kind, text, block, start, end, speakerId = null, extra }) => {
    const { quote, position } = selectorsFor(report.blocks, block, start, end);
    return {
      articleId,
      kind,
      text,
      block,
      start,
      end,
      quoteSelector: quote,
      positionSelector: position,
      speakerId,
      speakerName: speakerId === null ? null : (speakerName.get(speakerId) ?? null),
      ...extra,
    };
  });
}
