// Reader settings, kept in browser.storage.local so every part (content, background, popup, options) reads
// the same values. Colours are CSS colours; speaker colours cycle through the palette.
import { browser } from 'wxt/browser';
import { ALL_KINDS_ON, type KindSwitches } from './highlight-kinds';

export interface Settings {
  /** Origins ("https://example.com") where Factmark runs without a click. */
  autoRunSites: string[];
  autoSave: boolean;
  kinds: KindSwitches;
  colors: { claim: string; repeat: string; speakers: string[] };
}

// Okabe–Ito palette: distinguishable with the common colour-vision deficiencies, and readable as a
// translucent background on both light and dark pages. Its vermillion (#D55E00) is kept for the claim
// underline, so no speaker shares the claims' colour (black is left out: invisible on dark pages).
export const SPEAKER_PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#CC79A7', '#999999'];

export const DEFAULT_SETTINGS: Settings = {
  autoRunSites: [],
  autoSave: true,
  kinds: ALL_KINDS_ON,
  colors: { claim: '#D55E00', repeat: '#808080', speakers: SPEAKER_PALETTE },
};

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return mergeSettings(stored);
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = mergeSettings({ ...(await loadSettings()), ...patch });
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

/** Fills in what an older or partial stored value lacks. */
export function mergeSettings(stored: Partial<Settings> | undefined): Settings {
  return {
    ...DEFAULT_SETTINGS,
    ...stored,
    kinds: { ...DEFAULT_SETTINGS.kinds, ...stored?.kinds },
    colors: { ...DEFAULT_SETTINGS.colors, ...stored?.colors },
  };
}

/** "https://news.example.com/a/b" -> "https://news.example.com"; null for pages no site setting applies to. */
export function siteOf(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The host permission pattern for a site: every page on it. Without the port: Firefox accepts a pattern with
 * one ("http://127.0.0.1:8080/*") and lists it as granted, yet gives no access to the tab through it, and
 * Chrome's patterns ignore ports anyway.
 */
export function sitePermissionPattern(site: string): string {
  const u = new URL(site);
  return `${u.protocol}//${u.hostname}/*`;
}
