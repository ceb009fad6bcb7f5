// The span a key point stands for: its sentence when it names one, else its whole block (an article's own
// key-point list item, or a point that is a whole paragraph). The popup scrolls there; storage anchors it.
import type { KeyPoint, Report } from '../analysis/types';

export interface BlockSpan {
  block: number;
  start: number;
  end: number;
}

export function keyPointSpan(report: Pick<Report, 'blocks' | 'sentences'>, point: KeyPoint): BlockSpan {
  const sentence = point.sentence === undefined ? undefined : report.sentences.find((s) => s.id === point.sentence);
  if (sentence) return { block: sentence.block, start: sentence.start, end: sentence.end };
  const block = report.blocks.find((b) => b.id === point.block);
  return { block: point.block, start: 0, end: block?.text.length ?? 0 };
}
