// @vitest-environment happy-dom
// Painter.focus() and step(): one speaker shown alone (their mentions and quotes), every other highlight hidden,
// and the page stepped through that speaker's places in reading order. happy-dom has no Highlight API, so this is
// the <mark> fallback; the Highlight API path is checked in real browsers (tests/e2e/support/factmark-suite.ts).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createPainter, type Painter, type PaintItem } from '../../../lib/highlighting/painter';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

/** A Range over the first occurrence of `needle` inside element `id` (one text node in these fixtures). */
function range(id: string, needle: string, from = 0): Range {
  const text = document.getElementById(id)!.firstChild as Text;
  const at = text.data.indexOf(needle, from);
  if (at < 0) throw new Error(`no ${needle}`);
  const r = document.createRange();
  r.setStart(text, at);
  r.setEnd(text, at + needle.length);
  return r;
}

/** Text of the marks that have a look of their own (a hidden entry's mark is only reset with "all: unset"). */
const styledMarks = () => [...document.querySelectorAll('mark')].filter((m) => /background|decoration|color/iu.test(m.getAttribute('style') ?? '')).map((m) => m.textContent);

let painter: Painter;
let painted: PaintItem[];
let scrolled: string[];

function items(): PaintItem[] {
  return [
    { kind: 'claim', ranges: [range('p1', 'it costs 4.2 billion roubles')], card: { title: 'Claim' } },
    // Listed out of reading order on purpose (mentions, then quotes, as paint-items.ts builds them).
    { kind: 'speaker', key: 's1', colorIndex: 0, ranges: [range('p1', 'Lavrov'), range('p3', 'Lavrov'), range('p2', 'We will not sign')], card: { title: 'Sergey Lavrov' } },
    { kind: 'speaker', key: 's2', colorIndex: 1, ranges: [range('p2', 'Rubio')], card: { title: 'Marco Rubio' } },
    { kind: 'repeat', ranges: [range('p3', 'The project began in 2019.')], card: { title: 'Repeats' } },
  ];
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  document.body.innerHTML =
    '<article><p id="p1">Lavrov said on Tuesday that it costs 4.2 billion roubles.</p>' +
    '<p id="p2">“We will not sign,” he told Rubio.</p><p id="p3">The project began in 2019. Lavrov agreed.</p></article>';
  scrolled = [];
  // happy-dom does not scroll; record which element each step brings into view.
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this.id || (this.parentElement?.id ?? ''));
  };
  painter = createPainter({ doc: document, win: window, colors: DEFAULT_SETTINGS.colors });
  painted = items();
  painter.paint(painted);
});

afterEach(() => {
  painter.clear();
  vi.useRealTimers();
});

describe('Painter.focus', () => {
  it('shows only the focused speaker’s places and hides claims, repeats and other speakers', () => {
    expect(styledMarks()).toEqual(expect.arrayContaining(['Rubio', 'it costs 4.2 billion roubles']));
    expect(painter.focus('s1')).toBe(3);
    expect(styledMarks().sort()).toEqual(['Lavrov', 'Lavrov', 'We will not sign']);
  });

  it('shows everything again with null, switches included', () => {
    painter.setVisible({ claims: false, speakers: true, repeats: true, user: true });
    painter.focus('s2');
    expect(styledMarks()).toEqual(['Rubio']);
    painter.focus(null);
    expect(styledMarks()).toEqual(expect.arrayContaining(['Rubio', 'Lavrov', 'The project began in 2019.']));
    expect(styledMarks()).not.toContain('it costs 4.2 billion roubles');
  });

  it('ignores a key nothing was painted with, and shows everything', () => {
    expect(painter.focus('s9')).toBe(0);
    expect(painter.step(1)).toBeNull();
    expect(styledMarks()).toContain('Rubio');
  });

  it('keeps the focused speaker shown while the speaker switch is off', () => {
    painter.focus('s2');
    painter.setVisible({ claims: true, speakers: false, repeats: true, user: true });
    expect(styledMarks()).toEqual(['Rubio']);
  });

  it('forgets the focus when it paints again', () => {
    painter.focus('s2');
    painter.paint(painted);
    expect(styledMarks()).toContain('Lavrov');
    expect(painter.step(1)).toBeNull();
  });
});

describe('Painter.step', () => {
  it('detects places in reading order and wraps round both ways', () => {
    painter.focus('s1');
    const forward = [1, 1, 1, 1].map(() => painter.step(1));
    expect(forward.map((p) => p && `${p.index + 1}/${p.total}`)).toEqual(['1/3', '2/3', '3/3', '1/3']);
    expect(scrolled).toEqual(['p1', 'p2', 'p3', 'p1']);
    expect(painter.step(-1)).toEqual({ index: 2, total: 3 });
    expect(scrolled.at(-1)).toBe('p3');
  });

  it('starts from the last place when the first step goes back', () => {
    painter.focus('s1');
    expect(painter.step(-1)).toEqual({ index: 2, total: 3 });
  });

  it('flashes the place it scrolled to', () => {
    painter.focus('s2');
    const paintedMarks = new Set(document.querySelectorAll('mark'));
    painter.step(1);
    const flashed = [...document.querySelectorAll('mark')].filter((m) => !paintedMarks.has(m));
    expect(flashed.map((m) => m.textContent)).toEqual(['Rubio']);
    vi.advanceTimersByTime(1500);
    expect(document.querySelectorAll('mark').length).toBe(paintedMarks.size);
  });

  it('returns null when nothing is focused', () => {
    expect(painter.step(1)).toBeNull();
  });
});
