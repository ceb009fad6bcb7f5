// The kinds of highlight a reader can switch on and off: the analysis's three, and the reader's own ('user').
export const HIGHLIGHT_KINDS = ['claims', 'speakers', 'repeats', 'user'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
export type KindSwitches = Record<HighlightKind, boolean>;
export const ALL_KINDS_ON: KindSwitches = { claims: true, speakers: true, repeats: true, user: true };
