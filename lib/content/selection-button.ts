// The small "Highlight" button shown next to the reader's selection. Like the card, it lives in a shadow root
// whose host is in the page only while the button is visible: with no selection, the page's DOM is untouched.
// Text is set with textContent and styles through element.style, which a page's CSP style-src does not block.

/** The tag of the host element; a MutationObserver of the page can skip it. */
export const SELECTION_BUTTON_TAG = 'factmark-selection';
export const SELECTION_BUTTON_LABEL = 'Highlight';

export interface SelectionButton {
  /** Shows the button with its top-left corner near (x, y) in viewport coordinates. */
  show(at: { x: number; y: number }): void;
  hide(): void;
  readonly host: HTMLElement | null;
  contains(e: Event): boolean;
}

// Above page overlays, as the card is.
const TOP_Z = '2147483647';
// Keeps the button on screen; CSS px.
const EDGE = 8;

function style(el: HTMLElement, s: Record<string, string>): void {
  for (const [p, v] of Object.entries(s)) el.style.setProperty(p, v, 'important');
}

// Events the page should not see when they happen on our button; mousedown above all: its default action would
// collapse the very selection the reader wants to keep.
const CONTAINED_EVENTS = ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'contextmenu'];

export function createSelectionButton(opts: { doc: Document; win: Window; onPress: () => void }): SelectionButton {
  const { doc, win } = opts;
  let host: HTMLElement | null = null;

  const api: SelectionButton = {
    show(at) {
      api.hide();
      const h = doc.createElement(SELECTION_BUTTON_TAG);
      style(h, { all: 'initial', position: 'fixed', left: '0px', top: '0px', 'z-index': TOP_Z, display: 'block' });
      for (const type of CONTAINED_EVENTS) {
        h.addEventListener(type, (e) => {
          e.stopPropagation();
          if (type === 'mousedown' || type === 'pointerdown') e.preventDefault();
        });
      }
      const root = h.attachShadow({ mode: 'open' });
      const button = doc.createElement('button');
      button.type = 'button';
      button.textContent = SELECTION_BUTTON_LABEL;
      button.title = 'Save this passage as your highlight, with a note if you like (Alt+Shift+H)';
      button.setAttribute('data-factmark', 'highlight-selection');
      style(button, {
        display: 'inline-block',
        padding: '3px 10px',
        border: '1px solid #57606a',
        'border-radius': '14px',
        background: '#1f2328',
        color: '#f6f8fa',
        font: '600 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
        cursor: 'pointer',
        'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.3)',
      });
      button.addEventListener('click', () => opts.onPress());
      root.append(button);
      (doc.documentElement ?? doc.body).append(h);
      host = h;
      const vw = win.innerWidth || doc.documentElement.clientWidth;
      const vh = win.innerHeight || doc.documentElement.clientHeight;
      const r = button.getBoundingClientRect();
      const left = Math.max(EDGE, Math.min(at.x, vw - EDGE - r.width));
      const top = Math.max(EDGE, Math.min(at.y, vh - EDGE - r.height));
      style(h, { left: `${Math.round(left)}px`, top: `${Math.round(top)}px` });
    },
    hide() {
      host?.remove();
      host = null;
    },
    get host() {
      return host;
    },
    contains(e) {
      return host !== null && e.composedPath().includes(host);
    },
  };
  return api;
}
