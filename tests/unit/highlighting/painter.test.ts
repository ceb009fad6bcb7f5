// @vitest-environment happy-dom
// The painter where the Highlight API is missing (happy-dom has none): <mark> fallback, cards, Escape, flash,
// and exact restoration. The Highlight API path is exercised in real Chromium and Firefox (see the e2e tests).
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CARD_HOST_TAG } from '../../../lib/highlighting/card';
import { createPainter, type Painter, type PaintItem } from '../../../lib/highlighting/painter';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

const serialise = () => document.documentElement.outerHTML;

function range(root: Node, needle: string): Range {
  const nodes: Text[] = [];
  const w = document.createTreeWalker(root, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) nodes.push(n as Text);
  const all = nodes.map((n) => n.data).join('');
  const at = all.indexOf(needle);
  if (at < 0) throw new Error(`no ${needle}`);
  const r = document.createRange();
  let start = 0;
  let startSet = false;
  for (const n of nodes) {
    const end = start + n.data.length;
    if (!startSet && at < end) {
      r.setStart(n, at - start);
      startSet = true;
    }
    if (at + needle.length <= end) {
      r.setEnd(n, at + needle.length - start);
      return r;
    }
    start = end;
  }
  throw new Error('unreachable');
}

const p1 = () => document.getElementById('p1')!;
const p2 = () => document.getElementById('p2')!;
const host = () => document.querySelector(CARD_HOST_TAG);
const cardText = () => host()?.shadowRoot?.textContent ?? null;
/** The innermost fallback mark whose text is exactly `text`. */
const markOf = (text: string) => [...document.querySelectorAll('mark')].reverse().find((m) => m.textContent === text)!;

function move(target: Element, x = 5, y = 5) {
  target.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true, clientX: x, clientY: y }));
  vi.advanceTimersByTime(20); // one animation frame
}

let painter: Painter;
let onEscape: Mock<() => void>;
let jumped: number;
let original: string;

function items(): PaintItem[] {
  return [
    { kind: 'claim', ranges: [range(p1(), 'Foreign Minister Sergey Lavrov said on Tuesday that it costs 4.2 billion roubles.')], card: { title: 'Claim · figures, date' } },
    { kind: 'speaker', colorIndex: 0, ranges: [range(p1(), 'Sergey Lavrov'), range(p2(), 'Lavrov')], card: { title: 'Sergey Lavrov · Russian Foreign Minister · 2 quotes' } },
    {
      kind: 'repeat',
      ranges: [range(p2(), 'The project began in 2019.')],
      card: { title: 'Repeats ¶1 ↑', detail: '100% the same as ¶1', action: { label: 'Go to ¶1', run: () => jumped++ } },
    },
  ];
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  document.body.innerHTML =
    '<article><p id="p1">Foreign Minister <b>Sergey Lavrov</b> said on Tuesday that it costs 4.2 billion roubles. Unpainted tail.</p>' +
    '<p id="p2">The project began in 2019. Lavrov agreed.</p><p id="p3">Plain paragraph.</p></article>';
  original = serialise();
  jumped = 0;
  onEscape = vi.fn<() => void>(() => painter.clear());
  painter = createPainter({ doc: document, win: window, colors: DEFAULT_SETTINGS.colors, onEscape });
});

afterEach(() => {
  painter.clear();
  vi.useRealTimers();
});

describe('painter without the Highlight API', () => {
  it('paints with <mark> and clear() restores the page exactly', () => {
    const textNodes = [...p1().childNodes, ...p2().childNodes];
    painter.paint(items());
    expect(painter.mode).toBe('marks');
    expect(painter.painted).toBe(true);
    expect(serialise()).not.toBe(original);
    expect(markOf('Sergey Lavrov').style.getPropertyValue('background-color')).toBe('rgba(230, 159, 0, 0.4)');
    painter.clear();
    expect(painter.painted).toBe(false);
    expect(painter.mode).toBeNull();
    expect(serialise()).toBe(original);
    expect([...p1().childNodes, ...p2().childNodes]).toEqual(textNodes);
  });

  it('paint() replaces an earlier painting instead of stacking on it', () => {
    const list = items();
    painter.paint(list);
    const once = serialise();
    painter.paint(list);
    expect(serialise()).toBe(once);
    painter.clear();
    expect(serialise()).toBe(original);
  });

  it('is not painted for no items or collapsed ranges only', () => {
    const empty = document.createRange();
    empty.setStart(p1().firstChild!, 2);
    empty.setEnd(p1().firstChild!, 2);
    painter.paint([{ kind: 'claim', ranges: [empty], card: { title: 'x' } }]);
    expect(painter.painted).toBe(false);
    expect(serialise()).toBe(original);
  });

  it('opens a card on hover, lists a mention before its claim, and removes it after the pointer leaves', () => {
    painter.paint(items());
    move(markOf('Sergey Lavrov'));
    expect(cardText()).toBe('Sergey Lavrov · Russian Foreign Minister · 2 quotesClaim · figures, date');
    move(markOf('Lavrov'));
    expect(cardText()).toBe('Sergey Lavrov · Russian Foreign Minister · 2 quotes');
    move(document.getElementById('p3')!);
    expect(host()).not.toBeNull(); // grace time to reach the card
    vi.advanceTimersByTime(300);
    expect(host()).toBeNull();
  });

  it('keeps a hover card open while the pointer is on it', () => {
    painter.paint(items());
    move(markOf('Lavrov'));
    const h = host()!;
    move(document.getElementById('p3')!);
    h.shadowRoot!.firstElementChild!.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, composed: true }));
    vi.advanceTimersByTime(20);
    vi.advanceTimersByTime(300);
    expect(host()).toBe(h);
  });

  it('opens no card for a switched-off kind, and styles its marks away', () => {
    painter.paint(items());
    painter.setVisible({ claims: true, speakers: false, repeats: true, user: true });
    expect(markOf('Lavrov').style.getPropertyValue('background-color')).not.toBe('rgba(230, 159, 0, 0.4)');
    move(markOf('Lavrov'));
    expect(host()).toBeNull();
    move(markOf('Sergey Lavrov'));
    expect(cardText()).toBe('Claim · figures, date');
    painter.setVisible({ claims: true, speakers: true, repeats: true, user: true });
    expect(markOf('Lavrov').style.getPropertyValue('background-color')).toBe('rgba(230, 159, 0, 0.4)');
  });

  it('pins a card on click; Escape closes it and hands over to onEscape, leaving the page as it was', () => {
    painter.paint(items());
    markOf(' said on Tuesday that it costs 4.2 billion roubles.').click();
    expect(cardText()).toBe('Claim · figures, date');
    move(document.getElementById('p3')!);
    vi.advanceTimersByTime(500);
    expect(host()).not.toBeNull(); // pinned
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onEscape).toHaveBeenCalledOnce();
    expect(host()).toBeNull();
    expect(painter.painted).toBe(false);
    expect(serialise()).toBe(original);
  });

  it('clears on Escape with no card open', () => {
    painter.paint(items());
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(onEscape).toHaveBeenCalledOnce();
    expect(painter.painted).toBe(false);
  });

  it('leaves Escape to the page when the page handled it', () => {
    painter.paint(items());
    const pageDialog = (e: KeyboardEvent) => e.preventDefault();
    document.addEventListener('keydown', pageDialog);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    document.removeEventListener('keydown', pageDialog);
    expect(onEscape).not.toHaveBeenCalled();
    expect(painter.painted).toBe(true);
  });

  it("runs a card's action and closes the card", () => {
    painter.paint(items());
    markOf('The project began in 2019.').click();
    expect(cardText()).toBe('Repeats ¶1 ↑ · 100% the same as ¶1Go to ¶1');
    host()!.shadowRoot!.querySelector('button')!.click();
    expect(jumped).toBe(1);
    expect(host()).toBeNull();
  });

  it('a click outside closes a pinned card', () => {
    painter.paint(items());
    markOf('Lavrov').click();
    expect(host()).not.toBeNull();
    document.getElementById('p3')!.click();
    expect(host()).toBeNull();
  });

  it('a click that ends a text selection opens no card', () => {
    painter.paint(items());
    window.getSelection()!.selectAllChildren(p1());
    markOf('Lavrov').click();
    expect(host()).toBeNull();
    window.getSelection()!.removeAllRanges();
    markOf('Lavrov').click();
    expect(host()).not.toBeNull();
  });

  it('stops listening after clear()', () => {
    painter.paint(items());
    const mark = markOf('Lavrov');
    painter.clear();
    move(mark);
    mark.click();
    expect(host()).toBeNull();
  });

  it('flashes a span with temporary marks and takes them away again', () => {
    const target = range(document.getElementById('p3')!, 'Plain');
    painter.paint(items());
    const painted = serialise();
    painter.flash(target);
    expect(serialise()).not.toBe(painted);
    expect(markOf('Plain')).toBeDefined();
    vi.advanceTimersByTime(1500);
    expect(serialise()).toBe(painted);
    painter.clear();
    expect(serialise()).toBe(original);
  });

  it('flashes a span the painting already split, and clear() during the flash still restores exactly', () => {
    // Made before painting: in marks mode its text node is split by then; the painter maps it.
    const target = range(p1(), 'Lavrov said');
    painter.paint(items());
    const paintedMarks = new Set(document.querySelectorAll('mark'));
    painter.flash(target);
    const flashMarks = [...document.querySelectorAll('mark')].filter((m) => !paintedMarks.has(m));
    expect(flashMarks.map((m) => m.textContent).join('')).toBe('Lavrov said');
    painter.clear();
    expect(serialise()).toBe(original);
  });

  it('knows its own nodes', () => {
    painter.paint(items());
    expect(painter.isOwnNode(markOf('Lavrov'))).toBe(true);
    expect(painter.isOwnNode(p1())).toBe(false);
    move(markOf('Lavrov'));
    expect(painter.isOwnNode(host()!)).toBe(true);
    painter.clear();
    expect(painter.isOwnNode(p1())).toBe(false);
  });

  it('renders hostile card text as text', () => {
    painter.paint([{ kind: 'speaker', ranges: [range(p1(), 'Sergey Lavrov')], card: { title: '<img src=x onerror=alert(1)>' } }]);
    move(markOf('Sergey Lavrov'));
    expect(host()!.shadowRoot!.querySelector('img')).toBeNull();
    expect(cardText()).toBe('<img src=x onerror=alert(1)>');
  });
});
