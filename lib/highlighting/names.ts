// Names in the document's highlight registry (CSS.highlights). The e2e tests and the stylesheet rely on them,
// so they are fixed strings, not derived from settings.
import type { HighlightKind } from '../highlight-kinds';

/** What a painted span is; the reader's switches (HighlightKind) are the plural of these. */
export type PaintKind = 'claim' | 'speaker' | 'repeat' | 'user';

export const CLAIM_HIGHLIGHT = 'factmark-claim';
export const REPEAT_HIGHLIGHT = 'factmark-repeat';
export const FLASH_HIGHLIGHT = 'factmark-flash';
/** The reader's own highlights: passages they selected and saved, with an optional note. */
export const USER_HIGHLIGHT = 'factmark-user';
// Eight speaker slots: the Okabe–Ito palette has eight colours, and more than eight simultaneous colours stop
// being distinguishable anyway; a ninth speaker reuses slot 0.
export const SPEAKER_SLOTS = 8;

export function speakerHighlight(colorIndex: number): string {
  return `factmark-speaker-${speakerSlot(colorIndex)}`;
}

/** Any integer (negative, huge, NaN from a bad caller) lands in 0…SPEAKER_SLOTS-1. */
export function speakerSlot(colorIndex: number): number {
  const i = Number.isFinite(colorIndex) ? Math.trunc(colorIndex) : 0;
  return ((i % SPEAKER_SLOTS) + SPEAKER_SLOTS) % SPEAKER_SLOTS;
}

export const SPEAKER_HIGHLIGHTS: readonly string[] = Array.from({ length: SPEAKER_SLOTS }, (_, i) => speakerHighlight(i));

/** Every name this module may put in the registry. */
export const ALL_HIGHLIGHTS: readonly string[] = [CLAIM_HIGHLIGHT, REPEAT_HIGHLIGHT, ...SPEAKER_HIGHLIGHTS, USER_HIGHLIGHT, FLASH_HIGHLIGHT];

export function highlightName(kind: PaintKind, colorIndex = 0): string {
  if (kind === 'claim') return CLAIM_HIGHLIGHT;
  if (kind === 'repeat') return REPEAT_HIGHLIGHT;
  if (kind === 'user') return USER_HIGHLIGHT;
  return speakerHighlight(colorIndex);
}

export function kindSwitch(kind: PaintKind): HighlightKind {
  if (kind === 'user') return 'user';
  return kind === 'claim' ? 'claims' : kind === 'speaker' ? 'speakers' : 'repeats';
}

// Paint order when spans overlap (a mention inside a claim inside a repeated paragraph): the higher number wins
// where two highlights set the same property. Ours set different ones (background, colour, underline), so only
// the flash, which sets background and colour, needs to be on top. Note: in both Chromium 156 and Firefox ESR 153
// a highlight's background hides another highlight's underline whatever the priorities (seen in the probe's
// screenshots), so a claim's wavy line is interrupted under a speaker mention; the card lists both. The reader's
// own highlight sets a background and an underline, and is above the analysis's: it is what they chose to keep.
export const PRIORITY: Record<PaintKind | 'flash', number> = { speaker: 0, repeat: 1, claim: 2, user: 3, flash: 4 };
