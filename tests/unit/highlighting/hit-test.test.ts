// @vitest-environment happy-dom
// The DOM-only parts of hit-testing. Client rects do not exist in happy-dom; the real-browser probe covers them.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Bounds } from '../../../lib/highlighting/bounds';
import { createHitIndex, rectsContain } from '../../../lib/highlighting/hit-test';

let article: HTMLElement;
let p: HTMLElement;
let bold: HTMLElement;
let first: Text;
let name: Text;
let rest: Text;
let second: Text;
let overlay: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  article = document.createElement('article');
  p = document.createElement('p');
  bold = document.createElement('b');
  first = document.createTextNode('Foreign Minister ');
  name = document.createTextNode('Sergey Lavrov');
  rest = document.createTextNode(' said on Tuesday.');
  bold.append(name);
  p.append(first, bold, rest);
  const p2 = document.createElement('p');
  second = document.createTextNode('The project began in 2019.');
  p2.append(second);
  article.append(p, p2);
  overlay = document.createElement('div');
  document.body.append(article, overlay);
});

const span = (sc: Node, so: number, ec: Node, eo: number): Bounds => ({ startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo });

describe('createHitIndex', () => {
  const index = () =>
    createHitIndex([
      { bounds: span(first, 0, rest, 17), owner: 'claim' }, // anchored in <p>
      { bounds: span(name, 0, name, 13), owner: 'speaker' }, // anchored in <b>
      { bounds: span(rest, 9, rest, 16), owner: 'date' }, // anchored in <p>
      { bounds: span(first, 0, second, 11), owner: 'repeat' }, // across paragraphs: anchored in <article>
      { bounds: span(first, 0, document.createTextNode('gone'), 0), owner: 'detached' },
    ]);

  it.each([
    ['the bold name', () => bold, ['speaker', 'claim', 'date', 'repeat']],
    ['the paragraph', () => p, ['claim', 'date', 'repeat']],
    ['the second paragraph', () => second.parentElement, ['repeat']],
    ['the article', () => article, ['repeat']],
    ['an overlay outside the article', () => overlay, []],
    ['nothing', () => null, []],
  ] as [string, () => Element | null, string[]][])('offers only the spans anchored around %s', (_, target, owners) => {
    expect(index().candidatesAt(target()).map((c) => c.owner)).toEqual(owners);
  });
});

describe('rectsContain', () => {
  const rects = [
    { left: 10, right: 110, top: 20, bottom: 40 },
    { left: 0, right: 50, top: 40, bottom: 60 },
  ] as DOMRectReadOnly[];

  it.each([
    [50, 30, true],
    [10.5, 20.5, true],
    [9, 30, true], // within the one-pixel slack
    [111, 30, true],
    [80, 50, false], // beside the short second line: the empty end of a line is not the span
    [200, 30, false],
    [5, 70, false],
  ])('(%s, %s) -> %s', (x, y, inside) => expect(rectsContain(rects, x, y)).toBe(inside));

  it('finds nothing in no rects', () => expect(rectsContain([], 0, 0)).toBe(false));
});
