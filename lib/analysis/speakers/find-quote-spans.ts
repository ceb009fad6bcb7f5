// Pairs quote marks into quotations, block by block. A quotation that runs over several paragraphs leaves its
// paragraphs open and starts each next one with a fresh opening mark; those parts share a group. A mark that
// opens and is never closed (and is not continued) is dropped, and the block is paired again without it.

import type { Block } from '../types';
import { findQuoteMarks, type QuoteMark } from './quote-marks';

export interface QuoteSpan {
  block: number;
  /** The opening mark. */
  openStart: number;
  openEnd: number;
  /** The closing mark, or null when the quotation continues in the next block. */
  closeStart: number | null;
  closeEnd: number | null;
  /** The quoted words, without marks and outer spaces. */
  contentStart: number;
  contentEnd: number;
  /** Parts of one multi-paragraph quotation share a group. */
  group: number;
}

interface Paired {
  spans: Omit<QuoteSpan, 'block' | 'group'>[];
  open: QuoteMark | null;
}

/**
 * Pairs marks; tries nesting same-style quotes first (“… “hell” …”) and falls back to treating a second
 * opener as a fresh start when nesting leaves the block unbalanced.
 */
function pairMarks(marks: readonly QuoteMark[], disabled: ReadonlySet<number>, carried: QuoteMark | null): Paired {
  const nested = pairWith(marks, disabled, carried, true);
  return nested.open === null ? nested : pairWith(marks, disabled, carried, false);
}

function pairWith(marks: readonly QuoteMark[], disabled: ReadonlySet<number>, carried: QuoteMark | null, nestSameStyle: boolean): Paired {
  const spans: Paired['spans'] = [];
  let open: QuoteMark | null = carried;
  let nested = 0;
  for (const mark of marks) {
    if (disabled.has(mark.start)) continue;
    if (open === null) {
      if (mark.canOpen) open = mark;
      nested = 0;
      continue;
    }
    // A quotation inside a quotation uses the other family of marks; it stays part of the outer one.
    if (mark.family !== open.family) continue;
    // Or the other style of the same family: "… the question: “As you know …?” Forty-three …", or, when the
    // block balances that way, the same style (“… what he calls “hell” than …”).
    if ((open.straight && !mark.straight) || (nestSameStyle && !open.straight && !mark.straight)) {
      if (mark.canOpen && !mark.canClose) {
        nested++;
        continue;
      }
      if (nested > 0 && mark.canClose) {
        nested--;
        continue;
      }
    }
    if (mark.canClose) {
      spans.push({ openStart: open.start, openEnd: open.end, closeStart: mark.start, closeEnd: mark.end, contentStart: open.end, contentEnd: mark.start });
      open = null;
    } else if (mark.canOpen) {
      // A second opener: the first was never closed. Start again here.
      open = mark;
    }
  }
  return { spans, open };
}

function firstNonSpace(text: string): number {
  const m = /\S/u.exec(text);
  return m ? m.index : -1;
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s] ?? '')) s++;
  while (e > s && /\s/u.test(text[e - 1] ?? '')) e--;
  return [s, e];
}

/**
 * Whether an unclosed double quotation goes on in the next block: that block opens with a mark of the same style.
 * An excerpt typed with straight marks around curly ones ("Trump walked onto the stage, chanting “U-S-A!”" then
 * “That’s right,” Melanie said) does not run into a paragraph that opens with a curly mark.
 */
function continuesIn(open: QuoteMark, nextFirst: QuoteMark | undefined, nextText: string): boolean {
  return nextFirst !== undefined && open.family === 'double' && nextFirst.start === firstNonSpace(nextText)
    && nextFirst.canOpen && nextFirst.family === open.family && nextFirst.straight === open.straight;
}

/** Fewest words after an unclosed mark for the rest of the block to be read as its quotation: a few words may be
 * a stray mark ("the 6" tall man"), a long sentence is someone's words. */
const MIN_UNCLOSED_WORDS = 8;

/** Whether an unclosed double mark, the last mark of its block, opens a long stretch that ends the block on a
 * full stop, question or exclamation mark (or one in brackets: "[Gallup.]"). */
function runsToBlockEnd(open: QuoteMark, marks: readonly QuoteMark[], text: string): boolean {
  if (open.family !== 'double' || marks[marks.length - 1] !== open) return false;
  const rest = text.slice(open.end).trim();
  return /[.!?][)\]]?$/u.test(rest) && rest.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_UNCLOSED_WORDS;
}

/** All quotations in the blocks, in reading order. */
export function findQuoteSpans(blocks: readonly Block[]): QuoteSpan[] {
  const result: QuoteSpan[] = [];
  const allMarks = blocks.map((b) => findQuoteMarks(b.text));
  let carried: QuoteMark | null = null;
  let carriedGroup = -1;
  let nextGroup = 0;
  for (let bi = 0; bi < blocks.length; bi++) {
    const text = blocks[bi]?.text ?? '';
    const marks = allMarks[bi] ?? [];
    // A continued quotation opens again at the start of this block; its opener is the carried mark.
    let carryIn: QuoteMark | null = null;
    let skipFirst = false;
    if (carried) {
      const first = marks[0];
      if (first && first.start === firstNonSpace(text) && first.canOpen && first.family === carried.family) {
        carryIn = first;
        skipFirst = true;
      }
    }
    const disabled = new Set<number>();
    if (skipFirst && carryIn) disabled.add(carryIn.start);
    let paired = pairMarks(marks, disabled, carryIn);
    const nextText = blocks[bi + 1]?.text ?? '';
    const nextFirst = (allMarks[bi + 1] ?? [])[0];
    for (;;) {
      const open = paired.open;
      if (open === null) break;
      if (continuesIn(open, nextFirst, nextText)) break;
      if (open === carryIn) {
        // The continued part never closes and is not continued again: keep it to the end of the block.
        break;
      }
      // “… [Gallup.] — the closing mark forgotten: a double mark that opens the last quotation of the block and
      // runs on to a full stop at its end is read to the end of the block.
      if (runsToBlockEnd(open, marks, text)) break;
      disabled.add(open.start);
      paired = pairMarks(marks, disabled, carryIn);
    }
    const groupForCarry = carryIn ? carriedGroup : -1;
    for (const span of paired.spans) {
      const [contentStart, contentEnd] = trimmed(text, span.contentStart, span.contentEnd);
      if (!/[\p{L}\p{N}]/u.test(text.slice(contentStart, contentEnd))) continue;
      const group = carryIn && span.openStart === carryIn.start ? groupForCarry : nextGroup++;
      result.push({ ...span, block: bi, contentStart, contentEnd, group });
    }
    carried = null;
    if (paired.open) {
      const open = paired.open;
      const [contentStart, contentEnd] = trimmed(text, open.end, text.length);
      const group = open === carryIn ? groupForCarry : nextGroup++;
      if (/[\p{L}\p{N}]/u.test(text.slice(contentStart, contentEnd))) {
        result.push({ block: bi, openStart: open.start, openEnd: open.end, closeStart: null, closeEnd: null, contentStart, contentEnd, group });
      }
      if (continuesIn(open, nextFirst, nextText)) {
        carried = open;
        carriedGroup = group;
      }
    }
  }
  return result;
}
