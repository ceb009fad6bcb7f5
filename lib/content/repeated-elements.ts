// Which live elements a "hide repeated passages" switch may hide: for each repeat of a whole block, the outermost
// element that holds that block's text and nothing else. A repeated sentence inside a longer paragraph, or a block
// whose element also holds other text, is left on the page (still dimmed): hiding it would hide text that is not
// a repeat.
import type { Report } from '../analysis/types';
import type { LiveRange } from '../extraction/extract-article';

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

function elementOf(range: LiveRange): Element | null {
  const doc = range.startContainer.ownerDocument;
  if (!doc) return null;
  const r = doc.createRange();
  r.setStart(range.startContainer, range.startOffset);
  r.setEnd(range.endContainer, range.endOffset);
  const common = r.commonAncestorContainer;
  return common.nodeType === 1 ? (common as Element) : common.parentElement;
}

export function repeatedBlockElements(
  report: Pick<Report, 'repeats' | 'blocks'>,
  locate: (block: number, start: number, end: number) => LiveRange | null,
): Element[] {
  const found = new Set<Element>();
  for (const repeat of report.repeats) {
    const block = report.blocks[repeat.block];
    if (!block) continue;
    const whole = (repeat.start ?? 0) === 0 && (repeat.end ?? block.text.length) >= block.text.length;
    if (!whole) continue;
    const range = locate(repeat.block, 0, block.text.length);
    let el = range && elementOf(range);
    const text = normalise(block.text);
    if (!el || normalise(el.textContent ?? '') !== text) continue;
    // Up to the outermost element with the same text, so the paragraph's own margins go too; never the body.
    const body = el.ownerDocument.body;
    while (el.parentElement && el.parentElement !== body && normalise(el.parentElement.textContent ?? '') === text) el = el.parentElement;
    found.add(el);
  }
  return [...found];
}
