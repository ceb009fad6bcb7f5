// Functions the tests run in an article page's main world. The highlight registry belongs to the document, so
// the page's own world sees what the content script painted from its isolated world. Each function is
// serialised into the page: it may use only its argument and the page's globals.

/** Sizes of the registered highlights whose names start with "factmark" (none registered: {}). */
export function factmarkHighlights(): Record<string, number> {
  const sizes: Record<string, number> = {};
  CSS.highlights.forEach((highlight, name) => {
    if (name.startsWith('factmark')) sizes[name] = highlight.size;
  });
  return sizes;
}

/** The whole document as markup: painting must not change a character of it. */
export function documentMarkup(): string {
  return document.documentElement.outerHTML;
}

export interface RepeatPlacement {
  /** Blocks of the article body before the first "Comments" line (the first copy). */
  firstCopy: number;
  /** Blocks between the two "Comments" lines (the second copy). */
  secondCopy: number;
  /** factmark-repeat ranges in all. */
  ranges: number;
  /** Ranges that start before the end of the first copy's last block: must be 0. */
  rangesInFirstCopy: number;
  /** For each second-copy block, the share of its characters inside some factmark-repeat range. */
  coverage: number[];
}

/**
 * Where the "factmark-repeat" ranges lie on seed001, whose article body is printed twice inside
 * .story-body, each copy followed by a paragraph reading "Comments".
 */
export function repeatPlacement(): RepeatPlacement {
  const body = document.querySelector('.story-body');
  if (!body) throw new Error('seed001 has no .story-body');
  const blocks = [...body.children].filter((el) => /^(P|H\d|LI|BLOCKQUOTE)$/.test(el.tagName));
  const markers = blocks.flatMap((el, i) => (el.textContent?.trim() === 'Comments' ? [i] : []));
  if (markers.length !== 2) throw new Error(`expected two "Comments" lines in .story-body, found ${markers.length}`);
  const [firstEnd, secondEnd] = markers as [number, number];
  const first = blocks.slice(0, firstEnd);
  const second = blocks.slice(firstEnd + 1, secondEnd);

  const highlight = CSS.highlights.get('factmark-repeat');
  // StaticRanges (what the painter registers) cannot be compared; live Ranges over the same points can.
  const ranges = [...(highlight ?? [])].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  const endOfFirstCopy = document.createRange();
  endOfFirstCopy.selectNodeContents(first[first.length - 1]!);
  endOfFirstCopy.collapse(false);
  const rangesInFirstCopy = ranges.filter((r) => r.compareBoundaryPoints(Range.START_TO_START, endOfFirstCopy) < 0).length;

  const coverage = second.map((el) => {
    const total = (el.textContent ?? '').replace(/\s/g, '').length;
    let covered = 0;
    for (const r of ranges) {
      if (!r.intersectsNode(el)) continue;
      const part = document.createRange();
      part.selectNodeContents(el);
      if (r.compareBoundaryPoints(Range.START_TO_START, part) > 0) part.setStart(r.startContainer, r.startOffset);
      if (r.compareBoundaryPoints(Range.END_TO_END, part) < 0) part.setEnd(r.endContainer, r.endOffset);
      covered += part.toString().replace(/\s/g, '').length;
    }
    return total === 0 ? 0 : Math.min(1, covered / total);
  });
  return { firstCopy: first.length, secondCopy: second.length, ranges: ranges.length, rangesInFirstCopy, coverage };
}

/** On seed001: how many blocks of each copy are out of view (display: none, their own or an ancestor's). */
export function hiddenCopies(): { first: number; second: number } {
  const body = document.querySelector('.story-body');
  if (!body) throw new Error('seed001 has no .story-body');
  const blocks = [...body.children].filter((el) => /^(P|H\d|LI|BLOCKQUOTE)$/.test(el.tagName));
  const markers = blocks.flatMap((el, i) => (el.textContent?.trim() === 'Comments' ? [i] : []));
  const [firstEnd, secondEnd] = markers as [number, number];
  // An element with display: none, or inside one, has no layout boxes.
  const hidden = (els: Element[]) => els.filter((el) => el.getClientRects().length === 0).length;
  return { first: hidden(blocks.slice(0, firstEnd)), second: hidden(blocks.slice(firstEnd + 1, secondEnd)) };
}

/** Scrolls the first range of a highlight into view and returns the viewport point at its middle. */
export function pointOnHighlight(name: string): { x: number; y: number } | null {
  const first = [...(CSS.highlights.get(name) ?? [])][0];
  if (!first) return null;
  const range = document.createRange();
  range.setStart(first.startContainer, first.startOffset);
  range.setEnd(first.endContainer, first.endOffset);
  range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  // The first line box of the range: a multi-line range's bounding box can have holes in the middle.
  const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
  return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
}

/** On seed001: scrolls the first "Comments" line, where the second copy starts, to the top of the view. */
export function scrollToSecondCopy(): number {
  const comments = [...document.querySelectorAll('.story-body > p')].find((el) => el.textContent?.trim() === 'Comments');
  if (!comments) throw new Error('seed001 has no "Comments" line');
  comments.scrollIntoView({ block: 'start' });
  return window.scrollY;
}

/** Scrolls to the bottom of the page and returns the new scrollY. */
export function scrollToBottom(): number {
  window.scrollTo(0, document.documentElement.scrollHeight);
  return window.scrollY;
}

/** scrollY, and whether the element whose own text contains `text` (folded like the gold file) is in view. */
export function scrollAndVisibility(text: string): { scrollY: number; found: boolean; inView: boolean } {
  const fold = (s: string) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201C\u201D]/g, '"').replace(/\s+/g, ' ').trim();
  const wanted = fold(text);
  const element = [...document.querySelectorAll('li, p, h1, h2, h3, blockquote')].find((el) =>
    fold(el.textContent ?? '').includes(wanted),
  );
  if (!element) return { scrollY: window.scrollY, found: false, inView: false };
  const box = element.getBoundingClientRect();
  return { scrollY: window.scrollY, found: true, inView: box.top >= 0 && box.bottom <= window.innerHeight };
}

/** Text of every element matching `selector`, in document order (for extension pages). */
export function textsOf(selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((el) => el.textContent ?? '');
}
