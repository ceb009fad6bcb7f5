// Turns Readability's article element into text blocks (one per paragraph, heading, list item, …) and keeps,
// for each block, where every character of its text lives in the page, so a span can be painted exactly.
//
// Block text is the block's text nodes joined, with whitespace runs collapsed to one space and trimmed: what
// a reader sees. A <br> counts as whitespace. Collapsing makes offsets non-linear, so each block keeps a
// short list of segments; inside a segment, block offsets and live node offsets advance together.
import type { Block, BlockKind } from '../analysis/types';
import { BLOCK_TAGS, HEADING_TAGS, SKIPPED_TAGS, tagOf } from './block-tags';
import type { TwinMap } from './text-twins';

/**
 * From block offset `start` on (until the next segment), the text is `node`'s from `offset` on.
 * node null: no live text. offset VIRTUAL marks a space that stands for a <br>; otherwise the text was
 * created by Readability (or its live twin is unknown) and cannot be located.
 */
export interface Segment {
  start: number;
  node: Text | null;
  offset: number;
}

export const VIRTUAL = -1;

export interface MappedBlock {
  block: Block;
  segments: Segment[];
}

// JavaScript's \s: ASCII whitespace plus NBSP, the Unicode spaces, line/paragraph separators and BOM.
// NBSP becomes a plain space in block text, so "10 km" reads the same whatever the page typed.
const WHITESPACE = /\s+/g;

class BlockBuilder {
  text = '';
  segments: Segment[] = [];
  private pendingNode: Text | null = null;
  private pendingOffset = 0;
  private pending = false;

  constructor(readonly kind: BlockKind) {}

  private mark(node: Text | null, offset: number): void {
    const last = this.segments[this.segments.length - 1];
    if (last && last.node === node) {
      // Same live node, continuing where the previous segment would be: nothing to record.
      if (node && last.offset + (this.text.length - last.start) === offset) return;
      // Consecutive unmapped text is one unmapped stretch.
      if (!node && last.offset !== VIRTUAL && offset !== VIRTUAL) return;
    }
    this.segments.push({ start: this.text.length, node, offset });
  }

  whitespace(node: Text | null, offset: number): void {
    if (this.pending) return;
    this.pending = true;
    this.pendingNode = node;
    this.pendingOffset = offset;
  }

  chars(s: string, node: Text | null, offset: number): void {
    if (this.pending) {
      this.pending = false;
      if (this.text.length) {
        this.mark(this.pendingNode, this.pendingOffset);
        this.text += ' ';
      }
    }
    this.mark(node, offset);
    this.text += s;
  }
}

/** Feeds one text node, whose live twin (if known) has the same data. */
function feedText(b: BlockBuilder, node: Text, twin: Text | null): void {
  const data = node.data;
  let i = 0;
  WHITESPACE.lastIndex = 0;
  for (let m = WHITESPACE.exec(data); m; m = WHITESPACE.exec(data)) {
    if (m.index > i) b.chars(data.slice(i, m.index), twin, i);
    b.whitespace(twin, m.index);
    i = m.index + m[0].length;
  }
  if (i < data.length) b.chars(data.slice(i), twin, i);
}

/** Heading if the block is one; else list item or quote after its nearest <li> / <blockquote>. */
function kindOf(blockEl: Element, stack: readonly Element[]): BlockKind {
  if (HEADING_TAGS.has(tagOf(blockEl))) return 'heading';
  for (let i = stack.length - 1; i >= 0; i--) {
    const tag = tagOf(stack[i]!);
    if (tag === 'li') return 'list-item';
    if (tag === 'blockquote') return 'quote';
  }
  return 'paragraph';
}

// Node.ELEMENT_NODE / TEXT_NODE, spelled out because Node has no DOM globals.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Walks `root` in document order (iteratively: article trees can be deeper than the call stack) and returns
 * its non-empty blocks with ids 0…n-1. `twins` maps the root's text nodes to the live page's.
 */
export function collectBlocks(root: Element, twins: TwinMap): MappedBlock[] {
  const out: MappedBlock[] = [];
  // Block-level ancestors of the current node, innermost last; the root is the outermost block.
  const stack: Element[] = [root];
  let current: BlockBuilder | null = null;

  const flush = () => {
    if (current && current.text.length) {
      out.push({ block: { id: out.length, kind: current.kind, text: current.text }, segments: current.segments });
    }
    current = null;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      const blockEl = stack[stack.length - 1]!;
      current ??= new BlockBuilder(kindOf(blockEl, stack));
      feedText(current, text, twins.get(text) ?? null);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const tag = tagOf(el);
      if (SKIPPED_TAGS.has(tag)) {
        // Not read, not descended into.
      } else if (BLOCK_TAGS.has(tag)) {
        flush();
        stack.push(el);
        descend = true;
      } else if (tag === 'br') {
        (current as BlockBuilder | null)?.whitespace(null, VIRTUAL);
      } else {
        descend = true;
      }
    }
    if (descend && node.firstChild) {
      node = node.firstChild;
      continue;
    }
    if (descend && stack[stack.length - 1] === node) {
      // An empty block element still separates the text around it.
      stack.pop();
      flush();
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && stack[stack.length - 1] === node) {
        stack.pop();
        flush();
      }
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  flush();
  return out;
}
