// From (block, start, end) to a place on the live page, by lookup in the block's segments: no text search.
import { VIRTUAL, type Segment } from './article-blocks';

/** A StaticRangeInit for the live document: `new StaticRange(r)` or `range.setStart/End` paint it. */
export interface LiveRange {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/** Index of the segment holding block offset `pos` (the last one starting at or before it). */
function segmentAt(segments: readonly Segment[], pos: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segments[mid]!.start <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The live node and offset of the character at `pos`, or null where it has no live text. */
function charAt(segments: readonly Segment[], pos: number): [Text, number] | null {
  const seg = segments[segmentAt(segments, pos)];
  if (!seg || !seg.node || seg.start > pos) return null;
  return [seg.node, seg.offset + (pos - seg.start)];
}

function isVirtual(segments: readonly Segment[], pos: number): boolean {
  const seg = segments[segmentAt(segments, pos)];
  return !!seg && !seg.node && seg.offset === VIRTUAL;
}

/**
 * The live range of block text [start, end), or null when either end has no live twin or the page has
 * changed under it since extraction. A span that starts or ends on a <br>'s space is narrowed to its text.
 */
export function locateInSegments(segments: readonly Segment[], textLength: number, start: number, end: number): LiveRange | null {
  if (!(Number.isInteger(start) && Number.isInteger(end)) || start < 0 || end > textLength || start >= end) return null;
  while (start < end && isVirtual(segments, start)) start++;
  while (end > start && isVirtual(segments, end - 1)) end--;
  if (start >= end) return null;
  const first = charAt(segments, start);
  const last = charAt(segments, end - 1);
  if (!first || !last) return null;
  const [startContainer, startOffset] = first;
  const [endContainer, lastOffset] = last;
  // The page may have edited or dropped these nodes since; an offset past the end would make Range throw.
  if (startOffset >= startContainer.data.length || lastOffset >= endContainer.data.length) return null;
  return { startContainer, startOffset, endContainer, endOffset: lastOffset + 1 };
}
