// @vitest-environment happy-dom
// The <mark> fallback splits the page's text nodes; a reader's selection in the split text maps back to the
// page as it was, where extraction's offsets point.
import { afterEach, describe, expect, it } from 'vitest';
import { wrapInMarks } from '../../../lib/highlighting/mark-fallback';

afterEach(() => (document.body.textContent = ''));

const SENTENCE = 'Lavrov and Rubio agreed to work on it.';

describe('unmapPoint', () => {
  function setup() {
    document.body.innerHTML = `<p>${SENTENCE}</p>`;
    const text = document.querySelector('p')!.firstChild as Text;
    // "Rubio" (11–16) and "work" (27–31) wrapped.
    const layer = wrapInMarks(document, [
      { bounds: { startContainer: text, startOffset: 11, endContainer: text, endOffset: 16 }, owner: 'a' },
      { bounds: { startContainer: text, startOffset: 27, endContainer: text, endOffset: 31 }, owner: 'b' },
    ]);
    return { text, layer, marks: [...document.querySelectorAll('mark')] };
  }

  it.each([
    ['a point in the first piece, the page\u2019s own node', (m: HTMLElement[], t: Text) => [t, 4] as const, 4],
    ['a point inside a mark', (m: HTMLElement[]) => [m[0]!.firstChild!, 2] as const, 13],
    ['a point in the text between two marks', (m: HTMLElement[]) => [m[0]!.nextSibling!, 3] as const, 19],
    ['the end of a mark, given on the mark element', (m: HTMLElement[]) => [m[1]!, 1] as const, 31],
    ['the start of a mark, given on the mark element', (m: HTMLElement[]) => [m[1]!, 0] as const, 27],
  ])('maps %s back to the unsplit text', (_name, pick, offset) => {
    const { text, layer, marks } = setup();
    const [node, at] = pick(marks, text);
    expect(layer.unmapPoint(node, at)).toEqual([text, offset]);
    // And the forward map takes it back to the same character of the sentence.
    const [there, off] = layer.mapPoint(text, offset);
    expect((there as Text).data[off]).toBe(SENTENCE[offset]);
    layer.restore();
  });

  it('leaves points outside the wrapped text, and every point after restore, as they are', () => {
    const { layer } = setup();
    const p = document.querySelector('p')!;
    expect(layer.unmapPoint(p, 0)).toEqual([p, 0]);
    layer.restore();
    const text = p.firstChild!;
    expect(layer.unmapPoint(text, 5)).toEqual([text, 5]);
  });
});
