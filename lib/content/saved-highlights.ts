// The page's saved highlights in the content script: looked up through the background (the content script
// cannot open the extension's IndexedDB, it would be the page's origin), placed again on the article as it is
// now, painted with the analysis, and the reader's own highlights made, re-noted and deleted from the page.
// Three ways to make one: the selection button (here), the context menu and the shortcut (the background asks
// the page session, which calls highlightSelection()).
import type { Report } from '../analysis/types';
import type { AnchorStrategy } from '../anchoring/anchor-quote';
import { ANCHOR_STRATEGIES } from '../anchoring/anchor-quote';
import { articleText } from '../anchoring/article-text';
import { blockSpansOf } from '../anchoring/block-spans';
import { selectorsForText } from '../anchoring/selectors-for';
import type { LiveRange } from '../extraction/locate';
import type { CardRow, PaintItem } from '../highlighting/paint-item';
import type { SavedHighlight, SavedOnPage } from '../messages';
import type { NewUserHighlight } from '../storage/user-highlights';
import { placeSaved, rangesOf, type Placement } from './place-saved';
import { OWN_TITLE, savedItems } from './saved-items';
import { createSelectionButton } from './selection-button';
import { selectionSpan, type ArticleSpan, type LocatableArticle, type MapPoint } from './selection-span';

/** How the content script reaches the library (runtime messages to the background; a fake in tests). */
export interface SavedPort {
  lookup(url: string): Promise<SavedHighlight[]>;
  add(url: string, highlight: NewUserHighlight, notFound: number[]): Promise<SavedHighlight>;
  updateNote(id: number, note: string): Promise<SavedHighlight>;
  remove(id: number, url: string, notFound: number[]): Promise<void>;
}

export interface SavedHooks {
  doc: Document;
  win: Window;
  url(): string;
  makeRange(init: LiveRange): AbstractRange;
  /** Paint the analysis's items and ours again. */
  repaint(): void;
  showCard(rows: readonly CardRow[], at: { x: number; y: number }): void;
  /** The summary changed (it goes into PageState.saved). */
  changed(summary: SavedOnPage): void;
  /** Nodes Factmark put in the page (the card): a selection in them is not the article's. */
  isOwnNode(node: Node): boolean;
  /**
   * The <mark> fallback splits the page's text nodes, and extraction's map points into them as they were. Then
   * this maps a selection back to the page as extracted, and unpaint() puts that page back until the next paint.
   */
  marks?(): { unmapPoint: MapPoint; unpaint(): void } | null;
}

export interface SavedHighlights {
  /** Starts the lookup, so it runs while the page is analysed. */
  prefetch(): void;
  /** Waits for the lookup and places the saved highlights on the article just extracted. */
  place(article: LocatableArticle, report: Report): Promise<void>;
  items(): PaintItem[];
  summary(): SavedOnPage | undefined;
  /** Saves the reader's current selection as their highlight and opens its card for a note. Throws with a reason. */
  highlightSelection(): Promise<void>;
  /** The selection button follows the reader's selection only while Factmark's highlights are shown. */
  watchSelection(on: boolean): void;
  isOwnNode(node: Node): boolean;
}

export const NO_SELECTION = 'Select some text of the article first, then highlight it.';
export const OUTSIDE_ARTICLE = 'Only text of the article can be highlighted: select a passage in it.';

// Wait this long after the last selectionchange before showing the button: the selection is still being made
// while the reader drags or extends it with the keyboard, and a button that jumps along would distract.
const SETTLE_MS = 150;
// The button sits just below the end of the selection, clear of the selected text.
const BUTTON_GAP = 6;

function counts(): Record<AnchorStrategy, number> {
  return Object.fromEntries(ANCHOR_STRATEGIES.map((s) => [s, 0])) as Record<AnchorStrategy, number>;
}

export function createSavedHighlights(port: SavedPort, hooks: SavedHooks): SavedHighlights {
  const { doc, win } = hooks;
  let lookup: Promise<SavedHighlight[]> | null = null;
  let article: LocatableArticle | null = null;
  let report: Report | null = null;
  let text = '';
  let placements: Placement[] = [];
  let missing: SavedHighlight[] = [];
  let anchorMs = 0;
  let loaded = false;
  let lookupError: string | null = null;

  const notFoundIds = () => missing.map((m) => m.id);

  const summary = (): SavedOnPage | undefined => {
    if (!loaded) return undefined;
    const found = counts();
    let added = 0;
    for (const p of placements) {
      if (p.strategy === 'added') added++;
      else found[p.strategy]++;
    }
    return {
      total: placements.length + missing.length,
      found,
      added,
      notFound: missing.map(({ id, kind, text: t, note }) => ({ id, kind, text: t, ...(note ? { note } : {}) })),
      own: placements.filter((p) => p.record.kind === 'user').length,
      anchorMs,
      ...(lookupError ? { error: lookupError } : {}),
    };
  };
  const changed = () => {
    const s = summary();
    if (s) hooks.changed(s);
  };

  const noteFor = (p: Placement, focus = false) => ({
    value: p.record.note ?? '',
    focus,
    async save(note: string) {
      const updated = await port.updateNote(p.record.id, note);
      placements = placements.map((q) => (q.record.id === updated.id ? { ...q, record: updated } : q));
      changed();
      hooks.repaint();
    },
    async remove() {
      await port.remove(p.record.id, hooks.url(), notFoundIds());
      placements = placements.filter((q) => q.record.id !== p.record.id);
      changed();
      hooks.repaint();
    },
  });

  /** Where the card or button goes: just below the end of the selection, in viewport coordinates. */
  const below = (range: Range): { x: number; y: number } => {
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    return { x: last.right, y: last.bottom + BUTTON_GAP };
  };

  /** The article span of a selection; in <mark> mode, checked on the page as extracted (repainted after). */
  async function spanOnPage(range: Range): Promise<ArticleSpan> {
    if (!article) throw new Error(NO_SELECTION);
    const marks = hooks.marks?.();
    let span: ArticleSpan | null;
    if (marks) {
      const [sc, so] = marks.unmapPoint(range.startContainer, range.startOffset);
      const [ec, eo] = marks.unmapPoint(range.endContainer, range.endOffset);
      marks.unpaint();
      span = selectionSpan(article, { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo });
      if (!span) hooks.repaint();
    } else {
      span = selectionSpan(article, range);
    }
    if (!span) throw new Error(OUTSIDE_ARTICLE);
    return span;
  }

  async function addSpan(span: ArticleSpan, at: { x: number; y: number }): Promise<void> {
    if (!article || !report) throw new Error(NO_SELECTION);
    const { quote, position } = selectorsForText(text, span.from, span.to);
    const record = await port.add(hooks.url(), { quote, position, text: quote.exact, title: report.article.title }, notFoundIds());
    const spans = blockSpansOf(article.blocks, span.from, span.to);
    // The same passage saved twice is one highlight (the store returns the existing row): replace, not add.
    const before = placements.find((p) => p.record.id === record.id);
    const placement: Placement = { record, strategy: before?.strategy ?? 'added', spans, ranges: rangesOf(spans, article, hooks.makeRange) };
    placements = [...placements.filter((p) => p.record.id !== record.id), placement];
    loaded = true;
    changed();
    hooks.repaint();
    // The selection's own colour would hide the new highlight; the card with the note field takes its place.
    win.getSelection()?.removeAllRanges();
    hooks.showCard([{ title: OWN_TITLE, note: noteFor(placement, true) }], at);
  }

  // ---- the selection button -------------------------------------------------------------------------------
  let pending: { span: ArticleSpan; at: { x: number; y: number }; range: Range | null } | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pointerDown = false;
  let watching = false;

  const currentRange = (): Range | null => {
    const sel = win.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return null;
    const range = sel.getRangeAt(0);
    return hooks.isOwnNode(range.commonAncestorContainer) || button.host?.contains(range.commonAncestorContainer) ? null : range;
  };

  const button = createSelectionButton({
    doc,
    win,
    onPress: () => {
      const target = pending;
      button.hide();
      pending = null;
      if (!target) return;
      const work = target.range ? spanOnPage(target.range).then((span) => addSpan(span, target.at)) : addSpan(target.span, target.at);
      work.catch((e: unknown) => {
        hooks.showCard([{ title: 'Could not save this highlight', detail: e instanceof Error ? e.message : String(e) }], target.at);
      });
    },
  });

  const check = () => {
    timer = undefined;
    const range = watching && !pointerDown && article ? currentRange() : null;
    // With <mark>s in the page, checking the selection means unpainting; the button waits for the press to check.
    const marksMode = !!hooks.marks?.();
    const span = range && article ? (marksMode ? { from: 0, to: 0 } : selectionSpan(article, range)) : null;
    if (!range || !span) {
      pending = null;
      button.hide();
      return;
    }
    const at = below(range);
    pending = { span, at, range: marksMode ? range.cloneRange() : null };
    button.show(at);
  };
  const schedule = (ms = SETTLE_MS) => {
    clearTimeout(timer);
    timer = setTimeout(check, ms);
  };
  const onSelectionChange = () => schedule();
  const onPointerDown = (e: Event) => {
    if (button.contains(e)) return;
    pointerDown = true;
    button.hide();
  };
  const onPointerUp = (e: Event) => {
    if (button.contains(e)) return;
    pointerDown = false;
    schedule(0);
  };
  // The button is fixed to the viewport: when the page scrolls, it moves with the selection.
  const onScroll = () => {
    if (button.host) schedule(0);
  };

  return {
    prefetch() {
      lookup = port.lookup(hooks.url());
      // Handled in place(); this keeps an early failure from being reported as unhandled meanwhile.
      lookup.catch(() => undefined);
    },
    async place(a, r) {
      article = a;
      report = r;
      text = articleText(a.blocks);
      let records: SavedHighlight[] = [];
      try {
        records = await (lookup ?? port.lookup(hooks.url()));
        lookupError = null;
      } catch (e) {
        // The page still works without its saved highlights; the popup says why they are missing.
        lookupError = `Could not read this page's saved highlights: ${e instanceof Error ? e.message : String(e)}`;
      }
      lookup = null;
      const result = placeSaved(records, a, hooks.makeRange);
      placements = result.placed;
      missing = result.missing;
      anchorMs = result.ms;
      loaded = true;
    },
    items() {
      return report ? savedItems(placements, report, (p) => noteFor(p)) : [];
    },
    summary,
    async highlightSelection() {
      const range = currentRange();
      if (!range) throw new Error(NO_SELECTION);
      button.hide();
      const at = below(range);
      await addSpan(await spanOnPage(range), at);
    },
    watchSelection(on) {
      if (on === watching) return;
      watching = on;
      const method = on ? 'addEventListener' : 'removeEventListener';
      doc[method]('selectionchange', onSelectionChange);
      doc[method]('mousedown', onPointerDown, { capture: true } as AddEventListenerOptions);
      doc[method]('mouseup', onPointerUp, { capture: true } as AddEventListenerOptions);
      win[method]('scroll', onScroll, { capture: true, passive: true } as AddEventListenerOptions);
      if (!on) {
        clearTimeout(timer);
        pending = null;
        pointerDown = false;
        button.hide();
      }
    },
    isOwnNode(node) {
      const host = button.host;
      return !!host && (node === host || host.contains(node));
    },
  };
}
