// The small card shown over a highlight. It lives in a shadow root so page CSS cannot reach it, and its host
// element is in the page only while the card is visible: with no card open, the page's DOM is untouched.
// Text is only ever set with textContent. Styles are set through element.style (CSSOM), which a page's CSP
// style-src does not block, unlike a <style> element or a style attribute string.

export interface CardAction {
  label: string;
  run(): void;
}

/** The reader's note on their own highlight: edited in a text field in the card, saved or deleted from there. */
export interface CardNote {
  /** The note as saved ('' for none). Shown as the field's value: text, never markup. */
  value: string;
  save(note: string): void | Promise<void>;
  /** Deletes the highlight itself (and its note). */
  remove(): void | Promise<void>;
  /** Put the caret in the field when the card opens (a highlight the reader has just made). */
  focus?: boolean;
}

export interface CardRow {
  title: string;
  detail?: string;
  action?: CardAction;
  note?: CardNote;
}

export interface Card {
  /** Shows `rows` near (x, y) in viewport coordinates. A pinned card stays until hide(). */
  show(rows: readonly CardRow[], at: { x: number; y: number }, pinned: boolean): void;
  hide(): void;
  readonly open: boolean;
  readonly pinned: boolean;
  /** The host element while the card is open. */
  readonly host: HTMLElement | null;
  /** True when the event happened inside the card. */
  contains(e: Event): boolean;
  /** True when the card currently shows exactly these rows. */
  shows(rows: readonly CardRow[]): boolean;
}

/** The tag of the host element; a caller watching the page's mutations can ignore it. */
export const CARD_HOST_TAG = 'factmark-card';

// Viewport margin and the offset from the pointer, in CSS px: keeps the card off the screen edge and out from
// under the cursor so it does not cover the word being read.
const EDGE = 8;
const OFFSET_X = 12;
const OFFSET_Y = 18;
// Above page overlays (cookie banners use up to this), as far as z-index goes.
const TOP_Z = '2147483647';

type Styles = Record<string, string>;

function style(el: HTMLElement, s: Styles): void {
  for (const [p, v] of Object.entries(s)) el.style.setProperty(p, v, 'important');
}

const BOX: Styles = {
  display: 'block',
  'box-sizing': 'border-box',
  'max-width': '340px',
  padding: '6px 10px',
  'border-radius': '6px',
  border: '1px solid #57606a',
  background: '#1f2328',
  color: '#f6f8fa',
  'box-shadow': '0 4px 14px rgba(0, 0, 0, 0.35)',
  font: '13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'text-align': 'left',
  'white-space': 'normal',
  'overflow-wrap': 'anywhere',
  'pointer-events': 'auto',
};
const ROW: Styles = { display: 'block', margin: '0', padding: '2px 0' };
const DIVIDER: Styles = { 'border-top': '1px solid #3d444d', 'margin-top': '4px', 'padding-top': '6px' };
const TITLE: Styles = { 'font-weight': '600' };
const DETAIL: Styles = { color: '#d0d7de' };
const BUTTON: Styles = {
  display: 'inline-block',
  margin: '4px 0 0',
  padding: '1px 8px',
  border: '1px solid #8ab4f8',
  'border-radius': '4px',
  background: 'transparent',
  color: '#8ab4f8',
  font: 'inherit',
  cursor: 'pointer',
};

const NOTE_FIELD: Styles = {
  display: 'block',
  'box-sizing': 'border-box',
  width: '100%',
  'min-width': '240px',
  margin: '6px 0 0',
  padding: '4px 6px',
  border: '1px solid #57606a',
  'border-radius': '4px',
  background: '#0d1117',
  color: '#f6f8fa',
  font: 'inherit',
  resize: 'vertical',
};
const NOTE_STATUS: Styles = { display: 'block', color: '#ffa198', margin: '4px 0 0' };
const SPACED: Styles = { 'margin-right': '6px' };

// Events that page scripts should not see when they happen inside our card ("click outside closes my menu",
// and keyboard shortcuts that would fire while the reader types a note).
const CONTAINED_EVENTS = [
  'click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'contextmenu',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'paste', 'copy', 'cut',
];
/** data-factmark values on the note's parts, for tests and for the page session. */
export const NOTE_PARTS = { field: 'note', save: 'save-note', remove: 'delete-highlight', status: 'note-status' } as const;

export function createCard(opts: { doc: Document; win: Window; onAction?: () => void }): Card {
  const { doc, win } = opts;
  let host: HTMLElement | null = null;
  let pinned = false;
  let shown: readonly CardRow[] = [];
  let focusOnShow: HTMLTextAreaElement | null = null;

  const button = (label: string, part?: string): HTMLButtonElement => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    if (part) b.setAttribute('data-factmark', part);
    style(b, BUTTON);
    return b;
  };

  const renderNote = (line: HTMLElement, note: CardNote) => {
    const field = doc.createElement('textarea');
    field.value = note.value;
    field.rows = 3;
    // No spell-checking: Chromium fetches its dictionary from redirector.gvt1.com the first time a checked field
    // gets focus (seen by the e2e proxy), and its "enhanced" spell-check sends the text to Google. Notes stay here.
    field.spellcheck = false;
    field.placeholder = 'Add a note…';
    field.setAttribute('aria-label', 'Your note');
    field.setAttribute('data-factmark', NOTE_PARTS.field);
    style(field, NOTE_FIELD);
    const status = doc.createElement('span');
    status.setAttribute('role', 'status');
    status.setAttribute('data-factmark', NOTE_PARTS.status);
    style(status, NOTE_STATUS);
    const save = button('Save note', NOTE_PARTS.save);
    style(save, SPACED);
    const remove = button('Delete highlight', NOTE_PARTS.remove);
    // The card closes once the store has it; a failure (storage full) stays visible with the text kept.
    const finish = (work: () => void | Promise<void>, failed: string) => {
      save.disabled = remove.disabled = true;
      Promise.resolve()
        .then(work)
        .then(
          () => {
            card.hide();
            opts.onAction?.();
          },
          (e: unknown) => {
            save.disabled = remove.disabled = false;
            status.textContent = `${failed}: ${e instanceof Error ? e.message : String(e)}`;
          },
        );
    };
    save.addEventListener('click', () => finish(() => note.save(field.value), 'Could not save the note'));
    remove.addEventListener('click', () => finish(() => note.remove(), 'Could not delete the highlight'));
    field.addEventListener('keydown', (e) => {
      // Escape leaves the note unsaved and closes the card; Ctrl/⌘+Enter saves, as in most note fields.
      if (e.key === 'Escape') card.hide();
      else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save.click();
    });
    const actions = doc.createElement('div');
    actions.append(save, remove);
    line.append(field, actions, status);
    if (note.focus) focusOnShow = field;
  };

  const render = (rows: readonly CardRow[]): HTMLElement => {
    const box = doc.createElement('div');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', 'Factmark');
    style(box, BOX);
    rows.forEach((row, i) => {
      const line = doc.createElement('div');
      style(line, i === 0 ? ROW : { ...ROW, ...DIVIDER });
      const title = doc.createElement('span');
      title.textContent = row.title;
      style(title, TITLE);
      line.append(title);
      if (row.detail) {
        const detail = doc.createElement('span');
        detail.textContent = ` · ${row.detail}`;
        style(detail, DETAIL);
        line.append(detail);
      }
      if (row.action) {
        const { action } = row;
        const br = doc.createElement('div');
        const b = button(action.label);
        b.addEventListener('click', () => {
          try {
            action.run();
          } catch (e) {
            console.warn('[factmark] card action failed', e);
          }
          opts.onAction?.();
        });
        br.append(b);
        line.append(br);
      }
      if (row.note) renderNote(line, row.note);
      box.append(line);
    });
    return box;
  };

  const place = (box: HTMLElement, at: { x: number; y: number }) => {
    if (!host) return;
    const vw = win.innerWidth || doc.documentElement.clientWidth;
    const vh = win.innerHeight || doc.documentElement.clientHeight;
    const r = box.getBoundingClientRect();
    let left = at.x + OFFSET_X;
    let top = at.y + OFFSET_Y;
    if (left + r.width > vw - EDGE) left = Math.max(EDGE, vw - EDGE - r.width);
    // No room below the pointer: open above it.
    if (top + r.height > vh - EDGE) top = Math.max(EDGE, at.y - OFFSET_Y - r.height);
    style(host, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
  };

  const card: Card = {
    show(rows, at, pin) {
      card.hide();
      if (rows.length === 0) return;
      const h = doc.createElement(CARD_HOST_TAG);
      // `all: initial` stops the page's inherited styles (font, colour, line-height) at the host.
      style(h, { all: 'initial', position: 'fixed', left: '0px', top: '0px', 'z-index': TOP_Z, display: 'block' });
      for (const type of CONTAINED_EVENTS) h.addEventListener(type, (e) => e.stopPropagation());
      const root = h.attachShadow({ mode: 'open' });
      focusOnShow = null;
      const box = render(rows);
      // A reader typing a note keeps the card: it no longer closes when the pointer leaves or the page scrolls.
      box.addEventListener('focusin', () => (pinned = true));
      root.append(box);
      (doc.documentElement ?? doc.body).append(h);
      host = h;
      pinned = pin;
      shown = rows;
      place(box, at);
      (focusOnShow as HTMLTextAreaElement | null)?.focus({ preventScroll: true });
    },
    hide() {
      host?.remove();
      host = null;
      pinned = false;
      shown = [];
    },
    get open() {
      return host !== null;
    },
    get pinned() {
      return pinned;
    },
    get host() {
      return host;
    },
    contains(e) {
      return host !== null && e.composedPath().includes(host);
    },
    shows(rows) {
      return host !== null && rows.length === shown.length && rows.every((r, i) => r === shown[i]);
    },
  };
  return card;
}
