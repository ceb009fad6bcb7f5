// Paints analysis spans on the live page and removes them cleanly.
//
// With the CSS Custom Highlight API (Chromium 105+, Firefox 140+) the page's DOM is never touched: ranges go into
// CSS.highlights, the look comes from a constructed stylesheet in document.adoptedStyleSheets (see
// style-sheet.ts), and cards open in a shadow root that exists only while visible. Without the API, spans are
// wrapped in <mark> elements and unwrapped exactly on clear() (mark-fallback.ts).
//
// Ranges: everything registered is a StaticRange made from the caller's boundaries. A live Range is updated by
// the browser on every DOM edit of the page, which measurably slows pages that edit their DOM while highlights
// are up (../../../shared/docs/measurements.md: 500 edits 0.6 ms → up to 35 ms); a StaticRange costs nothing but
// does not follow edits (probe, 4,800 StaticRanges painted: the page's 500 edits took 2.7 ms vs 2.5 ms unpainted
// in Chromium 156, 2 vs 2 ms in Firefox ESR 153). Anchoring gives text-node boundaries, which stay right when the
// page inserts or removes OTHER nodes (ads, embeds); if the page rewrites the article's own text, the caller
// re-anchors and paints again. Pass StaticRanges: in marks mode a live Range is moved by the wrapping itself.
import type { Settings } from '../settings';
import type { KindSwitches } from '../highlight-kinds';
import { ALL_KINDS_ON } from '../highlight-kinds';
import type { Bounds } from './bounds';
import { boundsOf, compareBoundary, isCollapsed } from './bounds';
import type { CardRow } from './card';
import { createCard } from './card';
import type { PaintItem } from './paint-item';
import type { Declarations } from './highlight-css';
import { highlightCss, highlightDeclarations } from './highlight-css';
import type { HitIndex } from './hit-test';
import { createHitIndex, hitTestRects } from './hit-test';
import type { MarkLayer } from './mark-fallback';
import { wrapInMarks } from './mark-fallback';
import type { PaintKind } from './names';
import { FLASH_HIGHLIGHT, PRIORITY, highlightName, kindSwitch } from './names';
import type { HighlightApi } from './registry';
import { createHighlightSet, highlightApi } from './registry';
import { scrollToBounds } from './scroll-to';
import type { InjectedCss, InstalledSheet, StyleRoute } from './style-sheet';
import { installStyleSheet } from './style-sheet';

export type { PaintItem } from './paint-item';

export interface PainterOptions {
  doc: Document;
  win: Window;
  colors: Settings['colors'];
  /** Escape pressed (the card, if open, is already closed); the caller clears everything. */
  onEscape?: () => void;
  /**
   * A way to add CSS that is not in the page's DOM (browser.scripting.insertCSS from the background), used
   * only if document.adoptedStyleSheets refuses our sheet.
   */
  injectCss?: InjectedCss['inject'];
  removeCss?: InjectedCss['remove'];
  /** Paint with <mark> even where the Highlight API exists (for comparison and testing of the fallback). */
  useMarks?: boolean;
}

export interface Painter {
  /**
   * Installs the ::highlight() stylesheet ahead of paint(), e.g. while the analysis runs elsewhere: the page's
   * style recalculation for a new sheet then happens in an earlier frame, not in the one that shows the
   * highlights. paint() with nothing to paint, and clear(), remove it again. Nothing to do in marks mode.
   */
  prepare(): void;
  /** Replaces whatever is painted with `items`. */
  paint(items: readonly PaintItem[]): void;
  setVisible(kinds: KindSwitches): void;
  /** Briefly marks `range` (e.g. the key point the popup scrolled to). */
  flash(range: AbstractRange): void;
  /** Scrolls `range` to the middle of the viewport, then flashes it. */
  scrollTo(range: AbstractRange): void;
  /** Opens a pinned card with `rows` at a viewport point (the highlight the reader has just made). */
  showCard(rows: readonly CardRow[], at: { x: number; y: number }): void;
  /** Where a boundary point of the page now (a selection) was before painting: the <mark> fallback splits text. */
  unmapPoint(node: Node, offset: number): [Node, number];
  /**
   * Shows only the items painted with this key (one speaker: their mentions and quotes), every other highlight
   * hidden whatever the kind switches say; null shows everything again. Returns how many places it shows.
   */
  focus(key: string | null): number;
  /**
   * Scrolls to the next (1) or previous (-1) place of the focused items, in reading order and wrapping round,
   * and flashes it. Returns its position, or null when nothing is focused.
   */
  step(direction: 1 | -1): { index: number; total: number } | null;
  /** Removes highlights, marks, card, stylesheet and listeners. */
  clear(): void;
  readonly painted: boolean;
  /** 'highlights' (Highlight API) or 'marks' (fallback); null before the first paint. */
  readonly mode: 'highlights' | 'marks' | null;
  /** How the ::highlight() styles were installed; null in marks mode or before painting. */
  readonly styleRoute: StyleRoute | null;
  /** True for nodes this painter put in the page (the card host, fallback marks): a MutationObserver can skip them. */
  isOwnNode(node: Node): boolean;
}

interface Entry {
  item: PaintItem;
  index: number;
  kind: PaintKind;
  name: string;
  bounds: Bounds;
  /** The caller's range, for scrollTo(). */
  range: AbstractRange;
  /** Its StaticRange in the highlight registry (Highlight API mode), kept so focus() can regroup it. */
  painted?: StaticRange;
}

// A short double blink: one flash can be missed while the page is still scrolling; two are noticed.
const FLASH_STEPS: ReadonlyArray<readonly [ms: number, on: boolean]> = [
  [0, true],
  [300, false],
  [450, true],
  [1400, false],
];
// Time for the pointer to travel from the text to the card before a hover card closes.
const HIDE_GRACE_MS = 250;
// Card rows: the reader's own highlight (with its note) first, then a speaker mention, the most specific thing
// the analysis found under the pointer, and a repeated paragraph, the least.
const ROW_ORDER: Record<PaintKind, number> = { user: 0, speaker: 1, claim: 2, repeat: 3 };
const KINDS: readonly PaintKind[] = ['claim', 'speaker', 'repeat', 'user'];

export function createPainter(opts: PainterOptions): Painter {
  const { doc, win } = opts;
  const api: HighlightApi | null = opts.useMarks ? null : highlightApi(win);
  const supports = (p: string, v: string) => {
    try {
      return (win as unknown as { CSS?: { supports?: (p: string, v: string) => boolean } }).CSS?.supports?.(p, v) ?? true;
    } catch {
      return true;
    }
  };
  const declarations = highlightDeclarations(opts.colors, supports);
  const injected: InjectedCss | undefined =
    opts.injectCss && opts.removeCss ? { inject: opts.injectCss, remove: opts.removeCss } : undefined;
  const set = api ? createHighlightSet(api) : null;
  const card = createCard({ doc, win, onAction: () => card.hide() });

  let kinds: KindSwitches = { ...ALL_KINDS_ON };
  let entries: Entry[] = [];
  let mode: Painter['mode'] = null;
  let sheet: InstalledSheet | null = null;
  let layer: MarkLayer<Entry> | null = null;
  let listening = false;
  // Built on the first pointer event after a paint, not during it: painting is what the reader waits for.
  let index: HitIndex<Entry> | null = null;
  const hitIndex = (): HitIndex<Entry> => (index ??= createHitIndex(entries.map((e) => ({ bounds: e.bounds, owner: e }))));
  // The caller's range objects -> the boundaries they had at paint time (marks mode edits the DOM under them).
  let known = new WeakMap<AbstractRange, Bounds>();
  let flashEnd: (() => void) | null = null;
  let flashLayer: MarkLayer<true> | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  let lastMove: MouseEvent | null = null;
  // focus(): the key shown alone, its places in reading order, and the one last scrolled to.
  let focusKey: string | null = null;
  let focusPlaces: Entry[] = [];
  let focusAt = -1;

  const shown = (kind: PaintKind) => kinds[kindSwitch(kind)] !== false;
  /** Whether an entry is on the page now: its kind is switched on, or it is what focus() shows. */
  const visible = (e: Entry) => (focusKey === null ? shown(e.kind) : e.item.key === focusKey);

  const ensureSheet = (): boolean => {
    if (!sheet) {
      sheet = installStyleSheet(doc, win, highlightCss(opts.colors, supports), injected);
      if (sheet.route === null) sheet = null;
    } else sheet.ensure();
    return sheet !== null;
  };
  const removeSheet = () => {
    sheet?.remove();
    sheet = null;
  };

  const styleOf = (e: Entry): Declarations | null => (visible(e) ? (declarations.get(e.name) ?? null) : null);

  // ---- hover and click cards -------------------------------------------------------------------------------
  const elementOf = (t: EventTarget | null): Element | null =>
    t && (t as Node).nodeType === 1 ? (t as Element) : ((t as Node | null)?.parentElement ?? null);

  const hitAt = (x: number, y: number, target: Element | null): Entry[] => {
    if (layer) return layer.ownersAt(target).filter(visible);
    const candidates = hitIndex().candidatesAt(target).filter((c) => visible(c.owner));
    return candidates.length ? hitTestRects(doc, candidates, x, y) : [];
  };

  const rowsFor = (hits: Entry[]): CardRow[] => {
    const items = new Map<PaintItem, Entry>();
    for (const h of hits) if (!items.has(h.item)) items.set(h.item, h);
    return [...items.values()]
      .sort((a, b) => ROW_ORDER[a.kind] - ROW_ORDER[b.kind] || a.index - b.index)
      .map((e) => e.item.card);
  };

  const cancelHide = () => {
    clearTimeout(hideTimer);
    hideTimer = undefined;
  };
  const scheduleHide = () => {
    if (hideTimer === undefined) hideTimer = setTimeout(() => {
      hideTimer = undefined;
      if (!card.pinned) card.hide();
    }, HIDE_GRACE_MS);
  };

  const handleMove = (e: MouseEvent) => {
    if (card.contains(e)) return cancelHide();
    if (card.pinned) return;
    const hits = hitAt(e.clientX, e.clientY, elementOf(e.target));
    if (hits.length === 0) {
      if (card.open) scheduleHide();
      return;
    }
    cancelHide();
    const rows = rowsFor(hits);
    if (!card.shows(rows)) card.show(rows, { x: e.clientX, y: e.clientY }, false);
  };
  const onMove = (e: Event) => {
    lastMove = e as MouseEvent;
    // One hit test per frame, however many mousemove events arrive.
    if (!frame) frame = win.requestAnimationFrame(() => {
      frame = 0;
      if (lastMove) handleMove(lastMove);
    });
  };
  const onClick = (e: Event) => {
    const m = e as MouseEvent;
    if (card.contains(m)) return;
    // The click that ends a drag-selection is the reader selecting text, not asking for a card.
    if (win.getSelection?.()?.isCollapsed === false) return;
    const hits = hitAt(m.clientX, m.clientY, elementOf(m.target));
    cancelHide();
    if (hits.length > 0) card.show(rowsFor(hits), { x: m.clientX, y: m.clientY }, true);
    else if (card.open) card.hide();
  };
  const onKey = (e: Event) => {
    // Escape removes everything (the reader's quick way out). Heard in the bubble phase on the window, so a
    // page that used Escape for its own dialog (and said so with preventDefault) keeps it to itself.
    if ((e as KeyboardEvent).key !== 'Escape') return;
    if (card.open) card.hide();
    else if (e.defaultPrevented) return;
    opts.onEscape?.();
  };
  const onScroll = () => {
    if (card.open && !card.pinned) card.hide();
  };
  const listen = (on: boolean) => {
    if (on === listening) return;
    listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    // Capture phase, so a page that stops propagation does not blind us; passive, so we never delay scrolling.
    doc[method]('mousemove', onMove, { capture: true, passive: true } as AddEventListenerOptions);
    doc[method]('click', onClick, { capture: true } as AddEventListenerOptions);
    win[method]('keydown', onKey);
    win[method]('scroll', onScroll, { capture: true, passive: true } as AddEventListenerOptions);
    if (!on) {
      win.cancelAnimationFrame(frame);
      frame = 0;
      lastMove = null;
      cancelHide();
    }
  };

  // ---- painting ----------------------------------------------------------------------------------------------
  const reset = () => {
    flashEnd?.();
    card.hide();
    listen(false);
    set?.removeAll();
    layer?.restore();
    layer = null;
    entries = [];
    index = null;
    known = new WeakMap();
    focusKey = null;
    focusPlaces = [];
    focusAt = -1;
  };

  // Highlight API mode: one registry entry per name, holding the ranges of the entries that are visible; a
  // name with nothing visible is unregistered (names are shared: a ninth speaker reuses the first one's colour).
  const putHighlights = () => {
    if (!set) return;
    const byName = new Map<string, { kind: PaintKind; ranges: AbstractRange[] }>();
    for (const e of entries) {
      if (!e.painted) continue;
      let group = byName.get(e.name);
      if (!group) byName.set(e.name, (group = { kind: e.kind, ranges: [] }));
      if (focusKey === null || e.item.key === focusKey) group.ranges.push(e.painted);
    }
    for (const [name, g] of byName) {
      if (g.ranges.length === 0) set.remove(name);
      else set.put(name, g.ranges, PRIORITY[g.kind], focusKey !== null || shown(g.kind));
    }
  };

  const resolve = (range: AbstractRange): Bounds => {
    const b = known.get(range) ?? boundsOf(range);
    if (!layer) return b;
    const [sc, so] = layer.mapPoint(b.startContainer, b.startOffset);
    const [ec, eo] = layer.mapPoint(b.endContainer, b.endOffset);
    return { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo };
  };

  const painter: Painter = {
    prepare() {
      if (api && set) ensureSheet();
    },

    paint(items) {
      // Ranges painted before keep their first boundaries: in marks mode a live Range has been moved by our
      // own edits, which reset() is about to undo.
      const prior = known;
      reset();
      items.forEach((item, index) => {
        if (!KINDS.includes(item.kind)) return;
        const name = highlightName(item.kind, item.colorIndex ?? 0);
        for (const r of item.ranges) {
          const bounds = prior.get(r) ?? boundsOf(r);
          known.set(r, bounds);
          if (!isCollapsed(bounds)) entries.push({ item, index, kind: item.kind, name, bounds, range: r });
        }
      });
      if (entries.length === 0) {
        removeSheet();
        mode = null;
        return;
      }
      if (api && set && ensureSheet()) {
        mode = 'highlights';
        for (const e of entries) {
          try {
            // The caller's StaticRange has these very bounds and cannot change: registered as it is.
            e.painted = e.range instanceof api.StaticRange ? e.range : new api.StaticRange(e.bounds);
          } catch {
            // A boundary in a doctype or attribute: not paintable.
          }
        }
        putHighlights();
      } else {
        // No Highlight API, or no way to style it (then painting invisible highlights would help nobody).
        mode = 'marks';
        removeSheet();
        layer = wrapInMarks(doc, entries.map((e) => ({ bounds: e.bounds, owner: e })));
        layer.restyle(styleOf);
      }
      listen(true);
    },

    setVisible(next) {
      kinds = { ...ALL_KINDS_ON, ...next };
      if (card.open) card.hide();
      // While one speaker is focused the switches wait: they apply again when focus(null) shows everything.
      if (set && focusKey === null) {
        const names = new Map(entries.map((e) => [e.name, e.kind] as const));
        for (const [name, kind] of names) set.setShown(name, shown(kind));
        sheet?.ensure();
      }
      layer?.restyle(styleOf);
    },

    focus(key) {
      if (card.open) card.hide();
      focusKey = key !== null && entries.some((e) => e.item.key === key) ? key : null;
      focusAt = -1;
      focusPlaces = focusKey === null ? [] : readingOrder(entries.filter((e) => e.item.key === focusKey));
      putHighlights();
      sheet?.ensure();
      layer?.restyle(styleOf);
      return focusPlaces.length;
    },

    step(direction) {
      const total = focusPlaces.length;
      if (focusKey === null || total === 0) return null;
      focusAt = focusAt < 0 ? (direction > 0 ? 0 : total - 1) : (focusAt + direction + total) % total;
      painter.scrollTo((focusPlaces[focusAt] as Entry).range);
      return { index: focusAt, total };
    },

    flash(range) {
      flashEnd?.();
      const b = resolve(range);
      if (isCollapsed(b)) return;
      const decls = declarations.get(FLASH_HIGHLIGHT) ?? null;
      let toggle: (on: boolean) => void;
      let dispose: () => void;
      if (api && set && mode !== 'marks' && ensureSheet()) {
        let sr: StaticRange;
        try {
          sr = new api.StaticRange(b);
        } catch {
          return;
        }
        set.put(FLASH_HIGHLIGHT, [sr], PRIORITY.flash, true);
        toggle = (on) => set.setShown(FLASH_HIGHLIGHT, on);
        dispose = () => {
          set.remove(FLASH_HIGHLIGHT);
          // A flash without a painting borrowed the stylesheet.
          if (entries.length === 0) removeSheet();
        };
      } else {
        const marks = wrapInMarks(doc, [{ bounds: b, owner: true as const }]);
        flashLayer = marks;
        toggle = (on) => marks.restyle(() => (on ? decls : null));
        dispose = () => {
          marks.restore();
          flashLayer = null;
        };
      }
      const timers = FLASH_STEPS.map(([ms, on], i) =>
        setTimeout(() => (i === FLASH_STEPS.length - 1 ? end() : toggle(on)), ms),
      );
      const end = () => {
        timers.forEach(clearTimeout);
        dispose();
        flashEnd = null;
      };
      flashEnd = end;
      toggle(true);
    },

    scrollTo(range) {
      const b = resolve(range);
      if (scrollToBounds(doc, win, b)) painter.flash(range);
    },

    showCard(rows, at) {
      cancelHide();
      card.show(rows, at, true);
    },

    unmapPoint(node, offset) {
      return layer ? layer.unmapPoint(node, offset) : [node, offset];
    },

    clear() {
      reset();
      removeSheet();
      mode = null;
    },

    get painted() {
      return entries.length > 0;
    },
    get mode() {
      return mode;
    },
    get styleRoute() {
      return mode === 'highlights' ? (sheet?.route ?? null) : null;
    },
    isOwnNode(node) {
      const host = card.host;
      if (host && (node === host || host.contains(node))) return true;
      return !!(layer?.isOwnMark(node) || flashLayer?.isOwnMark(node));
    },
  };
  return painter;
}

/**
 * Entries in reading order, one per place: a span inside the previous one (a "he" inside the quote it
 * introduces) is not a separate stop.
 */
function readingOrder(list: readonly Entry[]): Entry[] {
  const sorted = [...list].sort((a, b) => compareBoundary(a.bounds.startContainer, a.bounds.startOffset, b.bounds.startContainer, b.bounds.startOffset) ?? 0);
  const out: Entry[] = [];
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && (compareBoundary(e.bounds.startContainer, e.bounds.startOffset, last.bounds.endContainer, last.bounds.endOffset) ?? 1) < 0) continue;
    out.push(e);
  }
  return out;
}
