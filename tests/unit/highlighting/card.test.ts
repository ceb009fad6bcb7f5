// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG, createCard } from '../../../lib/highlighting/card';

const serialise = () => document.documentElement.outerHTML;
const HOSTILE = '<img src=x onerror=alert(1)>';

afterEach(() => document.querySelectorAll(CARD_HOST_TAG).forEach((n) => n.remove()));

describe('card', () => {
  it('adds its host only while open', () => {
    const before = serialise();
    const card = createCard({ doc: document, win: window });
    expect(card.open).toBe(false);
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    card.show([{ title: 'Claim · figures, date' }], { x: 10, y: 10 }, false);
    expect(card.open).toBe(true);
    expect(document.querySelector(CARD_HOST_TAG)).toBe(card.host);
    expect(card.host!.shadowRoot!.textContent).toBe('Claim · figures, date');
    card.hide();
    expect(card.host).toBeNull();
    expect(serialise()).toBe(before);
  });

  it.each([
    ['title', { title: HOSTILE }],
    ['detail', { title: 'Claim', detail: HOSTILE }],
    ['action label', { title: 'Repeats ¶3 ↑', action: { label: HOSTILE, run: () => {} } }],
  ])('renders a hostile %s as text', (_, row) => {
    const card = createCard({ doc: document, win: window });
    card.show([row], { x: 0, y: 0 }, false);
    const root = card.host!.shadowRoot!;
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
    card.hide();
  });

  it('shows rows in order with title · detail, and runs an action', () => {
    const run = vi.fn();
    const onAction = vi.fn();
    const card = createCard({ doc: document, win: window, onAction });
    const rows = [
      { title: 'Sergey Lavrov · Russian Foreign Minister · 4 quotes' },
      { title: 'Repeats ¶3 ↑', detail: '96% the same as ¶3', action: { label: 'Go to ¶3', run } },
    ];
    card.show(rows, { x: 0, y: 0 }, true);
    expect(card.pinned).toBe(true);
    expect(card.shows(rows)).toBe(true);
    expect(card.shows([rows[0]!])).toBe(false);
    const root = card.host!.shadowRoot!;
    expect(root.textContent).toBe('Sergey Lavrov · Russian Foreign Minister · 4 quotesRepeats ¶3 ↑ · 96% the same as ¶3Go to ¶3');
    root.querySelector('button')!.click();
    expect(run).toHaveBeenCalledOnce();
    expect(onAction).toHaveBeenCalledOnce();
  });

  it('keeps clicks inside the card from the page, and knows they are its own', () => {
    const card = createCard({ doc: document, win: window });
    card.show([{ title: 'x', action: { label: 'go', run: () => {} } }], { x: 0, y: 0 }, true);
    const pageSaw = vi.fn();
    document.body.addEventListener('click', pageSaw);
    let inside = false;
    const probe = (e: Event) => (inside = card.contains(e));
    document.addEventListener('click', probe, true);
    card.host!.shadowRoot!.querySelector('button')!.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(inside).toBe(true);
    expect(pageSaw).not.toHaveBeenCalled();
    document.body.click();
    expect(inside).toBe(false);
    document.removeEventListener('click', probe, true);
    document.body.removeEventListener('click', pageSaw);
    card.hide();
  });

  it('shows nothing for no rows', () => {
    const card = createCard({ doc: document, win: window });
    card.show([], { x: 0, y: 0 }, false);
    expect(card.open).toBe(false);
  });
});
