// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) for a span of one block,
// computed against articleText(blocks). Pure: no DOM, so storage, export and tests share it.
import type { Block } from '../analysis/types';
import { articleText, blockStarts } from './article-text';

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** UTF-16 code units into articleText(blocks), end exclusive. */
  start: number;
  end: number;
}

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

// 32 characters of context on each side, as Hypothesis and Apache Annotator use: enough to tell apart the
// same sentence printed twice, short enough to survive small edits around it.
export const CONTEXT_LENGTH = 32;

interface Index {
  text: string;
  starts: Map<number, number>;
  lengths: Map<number, number>;
}

// A report is saved as many spans over the same blocks; index the blocks once per array, not once per span.
const indexes = new WeakMap<readonly Block[], Index>();

function indexOf(blocks: readonly Block[]): Index {
  let index = indexes.get(blocks);
  if (!index) {
    index = {
      text: articleText(blocks),
      starts: blockStarts(blocks),
      lengths: new Map(blocks.map((b) => [b.id, b.text.length])),
    };
    indexes.set(blocks, index);
  }
  return index;
}

/**
 * Selectors for [start, end) of the block whose id is `block`. Throws when the block does not exist or the span
 * is not inside it: a report that says otherwise is corrupt, and saving wrong anchors would be worse than failing.
 */
export function selectorsFor(blocks: readonly Block[], block: number, start: number, end: number): Selectors {
  const { text, starts, lengths } = indexOf(blocks);
  const blockStart = starts.get(block);
  const length = lengths.get(block);
  if (blockStart === undefined || length === undefined) throw new Error(`No block ${block} in this article`);
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= length)) {
    throw new Error(`Span ${start}-${end} is outside block ${block} (length ${length})`);
  }
  return selectorsForText(text, blockStart + start, blockStart + end);
}

/**
 * Selectors for [from, to) of an article text (articleText(blocks)), which may run over several blocks: a
 * passage the reader selected across paragraphs.
 */
export function selectorsForText(text: string, from: number, to: number): Selectors {
  if (!(Number.isInteger(from) && Number.isInteger(to) && 0 <= from && from <= to && to <= text.length)) {
    throw new Error(`Span ${from}-${to} is outside the article text (length ${text.length})`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(from, to),
      prefix: text.slice(Math.max(0, from - CONTEXT_LENGTH), from),
      suffix: text.slice(to, to + CONTEXT_LENGTH),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}
