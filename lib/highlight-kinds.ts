// The kinds of highlight a reader can switch on and off: the analysis's three, and the reader's own ('user').
export const HIGHLIGHT_KINDS = ['claims', 'speakers', 'repeats', 'user'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];
/**
 * The switches in the popup, remembered in the settings. hideRepeats is not a kind of highlight: on, it takes the
 * repeated paragraphs out of view (lib/highlighting/hide-elements.ts); off, the page is as it was.
 */
export type KindSwitches = Record<HighlightKind, boolean> & { hideRepeats?: boolean };
export const ALL_KINDS_ON: KindSwitches = { claims: true, speakers: true, repeats: true, user: true };
