// The article's own summary list ("KEY POINTS", "At a glance", "Highlights" followed by bullet items near
// the top). Its items restate the body by design, so they are the key points and never claims or repeats.
import type { Block } from './types';

// Names newsrooms give their summary boxes, as the whole heading text (an optional colon after).
const KEY_POINT_HEADING =
  /^(?:key (?:points?|facts|takeaways|findings|details|moments)|(?:the )?(?:main |quick )?takeaways|main points|at a glance|(?:story )?highlights|in brief|briefly|in short|(?:article |story )?summary|in summary|what we know(?: so far)?|what you need to know|need to know|the essentials|quick read|the big picture|bottom line|tl;? ?dr)\s*:?$/i;
// The box sits above the body or right after the lead: the title, byline, dateline, picture caption and
// one or two paragraphs can come first, never more than about a dozen blocks.
const NEAR_TOP = 12;
// One bullet is a note, not a list.
const MIN_ITEMS = 2;

export interface KeyPointList {
  heading: number;
  items: number[];
}

export function isKeyPointHeading(text: string): boolean {
  return KEY_POINT_HEADING.test(text.trim());
}

export function findKeyPointList(blocks: Block[]): KeyPointList | null {
  const limit = Math.min(blocks.length, NEAR_TOP);
  for (let i = 0; i < limit; i++) {
    const heading = blocks[i] as Block;
    if (heading.kind === 'list-item' || !isKeyPointHeading(heading.text)) continue;
    const items: number[] = [];
    for (let j = i + 1; j < blocks.length && (blocks[j] as Block).kind === 'list-item'; j++) items.push(j);
    if (items.length >= MIN_ITEMS) return { heading: heading.id, items: items.map((j) => (blocks[j] as Block).id) };
  }
  return null;
}
