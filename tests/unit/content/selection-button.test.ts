// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSelectionButton, SELECTION_BUTTON_LABEL, SELECTION_BUTTON_TAG } from '@/lib/content/selection-button';

afterEach(() => document.querySelectorAll(SELECTION_BUTTON_TAG).forEach((n) => n.remove()));

describe('the selection button', () => {
  it('is in the page only while shown', () => {
    const before = document.documentElement.outerHTML;
    const button = createSelectionButton({ doc: document, win: window, onPress: vi.fn() });
    button.show({ x: 40, y: 60 });
    expect(document.querySelector(SELECTION_BUTTON_TAG)).toBe(button.host);
    expect(button.host!.shadowRoot!.textContent).toBe(SELECTION_BUTTON_LABEL);
    button.hide();
    expect(button.host).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('runs its action on click, and keeps the press from the page (and from collapsing the selection)', () => {
    const onPress = vi.fn();
    const button = createSelectionButton({ doc: document, win: window, onPress });
    button.show({ x: 0, y: 0 });
    const el = button.host!.shadowRoot!.querySelector('button')!;
    const pageSaw = vi.fn();
    document.addEventListener('mousedown', pageSaw);
    const down = new MouseEvent('mousedown', { bubbles: true, composed: true, cancelable: true });
    el.dispatchEvent(down);
    document.removeEventListener('mousedown', pageSaw);
    expect(pageSaw).not.toHaveBeenCalled();
    expect(down.defaultPrevented).toBe(true);
    el.click();
    expect(onPress).toHaveBeenCalledOnce();
    expect(button.contains(down)).toBe(true);
    button.hide();
  });

  it('shows one button at a time', () => {
    const button = createSelectionButton({ doc: document, win: window, onPress: vi.fn() });
    button.show({ x: 0, y: 0 });
    button.show({ x: 10, y: 10 });
    expect(document.querySelectorAll(SELECTION_BUTTON_TAG)).toHaveLength(1);
    button.hide();
  });
});
