// What the content script hands the painter: one item per claim, per speaker, per repeat.
import type { CardRow } from './card';
import type { PaintKind } from './names';

export type { CardAction, CardNote, CardRow } from './card';
export type { PaintKind } from './names';

export interface PaintItem {
  kind: PaintKind;
  /** Where it is on the live page. StaticRange is best (see painter.ts); collapsed ranges are skipped. */
  ranges: AbstractRange[];
  /** Speaker colour slot (0…7, wraps); ignored for other kinds. */
  colorIndex?: number;
  /** What Painter.focus() shows alone: a speaker's id. Added in round 2 (issue 3). */
  key?: string;
  /** The card shown on hover or click. Plain text: it is set with textContent. */
  card: CardRow;
}
