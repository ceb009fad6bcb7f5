// What each highlight looks like, as one table of CSS declarations. The same table feeds the
// ::highlight() stylesheet (Highlight API) and the inline styles of the <mark> fallback, so both paths look alike.
import type { Settings } from '../settings';
import { DEFAULT_SETTINGS } from '../settings';
import { CLAIM_HIGHLIGHT, FLASH_HIGHLIGHT, REPEAT_HIGHLIGHT, SPEAKER_SLOTS, USER_HIGHLIGHT, speakerHighlight } from './names';

export type Declarations = ReadonlyArray<readonly [property: string, value: string]>;

// The reader's own highlights: a highlighter-pen green, a hue none of the speaker palette's colours is near
// (Okabe–Ito has no yellow-green), so "mine" never reads as "a speaker".
export const USER_COLOR = '#9BE564';

// 40% of a palette colour over white still leaves black text at > 7:1 contrast, and over near-black it stays
// dark enough for white text; the text keeps its own colour, so the page's light or dark theme is respected.
export const SPEAKER_ALPHA = 0.4;

// A colour comes from storage, which a user (or a bug) can fill with anything. It ends up inside CSS text, so
// accept only the shapes of a CSS colour: no braces, semicolons, quotes or backslashes can get through.
const COLOR_SHAPE = /^(?:#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\([0-9a-z.,%\s/+-]*\)|[a-z]{3,30})$/i;

export function safeColor(value: unknown, fallback: string, supports?: (property: string, value: string) => boolean): string {
  if (typeof value !== 'string') return fallback;
  const v = value.trim();
  if (!COLOR_SHAPE.test(v)) return fallback;
  // The shape check lets "notacolour" through; the browser knows the real list of names.
  if (supports && !supports('color', v)) return fallback;
  return v;
}

/** `color` at `alpha` opacity. Hex becomes rgba() (every engine); anything else goes through color-mix(). */
export function translucent(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(color)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
    const a = full.length === 8 ? (parseInt(full.slice(6, 8), 16) / 255) * alpha : alpha;
    return `rgba(${r}, ${g}, ${b}, ${round(a)})`;
  }
  return `color-mix(in srgb, ${color} ${round(alpha * 100)}%, transparent)`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** Declarations for every registry name, keyed by name. Invalid colours fall back to the defaults. */
export function highlightDeclarations(
  colors: Settings['colors'],
  supports?: (property: string, value: string) => boolean,
): Map<string, Declarations> {
  const defaults = DEFAULT_SETTINGS.colors;
  const claim = safeColor(colors?.claim, defaults.claim, supports);
  const repeat = safeColor(colors?.repeat, defaults.repeat, supports);
  const speakers = Array.isArray(colors?.speakers) && colors.speakers.length > 0 ? colors.speakers : defaults.speakers;
  const map = new Map<string, Declarations>();
  map.set(CLAIM_HIGHLIGHT, [
    // Wavy, so a claim never looks like a link (links are straight underlines).
    ['text-decoration-line', 'underline'],
    ['text-decoration-style', 'wavy'],
    ['text-decoration-color', claim],
    // 1px waves vanish at small font sizes; 2px stays visible without covering descenders much.
    ['text-decoration-thickness', '2px'],
  ]);
  // "Dimmed" = the text drawn in a mid grey: it reads as secondary on white and on black alike.
  map.set(REPEAT_HIGHLIGHT, [['color', repeat]]);
  for (let i = 0; i < SPEAKER_SLOTS; i++) {
    const fallback = defaults.speakers[i % defaults.speakers.length] ?? defaults.claim;
    const c = safeColor(speakers[i % speakers.length], fallback, supports);
    map.set(speakerHighlight(i), [['background-color', translucent(c, SPEAKER_ALPHA)]]);
  }
  // A translucent background like the speakers' plus a solid underline: a speaker's background over the same
  // words cannot hide it, since this highlight is painted above theirs (names.ts PRIORITY).
  map.set(USER_HIGHLIGHT, [
    ['background-color', translucent(USER_COLOR, 0.55)],
    ['text-decoration-line', 'underline'],
    ['text-decoration-style', 'solid'],
    ['text-decoration-color', USER_COLOR],
    ['text-decoration-thickness', '3px'],
  ]);
  // System selection colours come as a legible pair in every theme (including forced colours).
  map.set(FLASH_HIGHLIGHT, [
    ['background-color', 'Highlight'],
    ['color', 'HighlightText'],
  ]);
  return map;
}

/** The ::highlight() stylesheet text. */
export function highlightCss(colors: Settings['colors'], supports?: (property: string, value: string) => boolean): string {
  const rules: string[] = [];
  for (const [name, decls] of highlightDeclarations(colors, supports)) {
    rules.push(`::highlight(${name}) { ${decls.map(([p, v]) => `${p}: ${v};`).join(' ')} }`);
  }
  return rules.join('\n');
}
