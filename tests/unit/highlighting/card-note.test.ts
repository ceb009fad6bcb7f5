// @vitest-environment happy-dom
// The note field on the card of the reader's own highlight: text in, text out, saved or deleted from there,
// and keys typed into it never reach the page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CARD_HOST_TAG, NOTE_PARTS, createCard, type CardNote } from '../../../lib/highlighting/card';

const HOSTILE = '<img src=x onerror=alert(1)>';
afterEach(() => document.querySelectorAll(CARD_HOST_TAG).forEach((n) => n.remove()));

function open(note: Partial<CardNote> = {}, onAction = vi.fn()) {
  const card = createCard({ doc: document, win: window, onAction });
  const full: CardNote = { value: '', save: vi.fn(), remove: vi.fn(), ...note };
  card.show([{ title: 'Your highlight', note: full }], { x: 10, y: 10 }, false);
  const root = card.host!.shadowRoot!;
  const get = <T extends HTMLElement>(part: string) => root.querySelector<T>(`[data-factmark="${part}"]`)!;
  return { card, note: full, onAction, root, field: get<HTMLTextAreaElement>(NOTE_PARTS.field), save: get<HTMLButtonElement>(NOTE_PARTS.save), remove: get<HTMLButtonElement>(NOTE_PARTS.remove), status: get(NOTE_PARTS.status) };
}

describe('the note on a card', () => {
  it('shows a saved note as the field value, never as markup', () => {
    const { field, root } = open({ value: HOSTILE });
    expect(field.value).toBe(HOSTILE);
    expect(root.querySelector('img')).toBeNull();
  });

  it('saves what was typed, then closes the card', async () => {
    const { card, field, save, note, onAction } = open();
    field.value = 'Check the figure.';
    save.click();
    await vi.waitFor(() => expect(card.open).toBe(false));
    expect(note.save).toHaveBeenCalledWith('Check the figure.');
    expect(onAction).toHaveBeenCalledOnce();
  });

  it('deletes the highlight from the card', async () => {
    const { card, remove, note } = open({ value: 'old' });
    remove.click();
    await vi.waitFor(() => expect(card.open).toBe(false));
    expect(note.remove).toHaveBeenCalledOnce();
  });

  it('keeps the card and the text when saving fails, and says why', async () => {
    const { card, field, save, status } = open({ save: vi.fn(async () => Promise.reject(new Error('The disk is full'))) });
    field.value = 'a long note';
    save.click();
    await vi.waitFor(() => expect(status.textContent).toBe('Could not save the note: The disk is full'));
    expect(card.open).toBe(true);
    expect(field.value).toBe('a long note');
    expect(save.disabled).toBe(false);
  });

  it('saves with Ctrl+Enter and closes without saving on Escape', async () => {
    const first = open();
    first.field.value = 'quick';
    first.field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }));
    await vi.waitFor(() => expect(first.note.save).toHaveBeenCalledWith('quick'));
    const second = open();
    second.field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(second.card.open).toBe(false);
    expect(second.note.save).not.toHaveBeenCalled();
  });

  it('keeps keys typed into the note from the page, and pins the card once the field has focus', () => {
    const { card, field } = open();
    const pageSaw = vi.fn();
    window.addEventListener('keydown', pageSaw);
    document.addEventListener('input', pageSaw);
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    window.removeEventListener('keydown', pageSaw);
    document.removeEventListener('input', pageSaw);
    expect(pageSaw).not.toHaveBeenCalled();
    expect(card.pinned).toBe(false);
    field.focus();
    expect(card.pinned).toBe(true);
  });

  it('puts the caret in the field of a highlight just made, and never spell-checks notes', () => {
    const { field, root } = open({ focus: true });
    expect(root.activeElement).toBe(field);
    expect(field.spellcheck).toBe(false);
  });
});
