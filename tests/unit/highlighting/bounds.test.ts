// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorElement, commonAncestor, compareBoundary, type Bounds } from '../../../lib/highlighting/bounds';

let p: HTMLElement;
let a: Text; // "Foreign Minister "
let b: Text; // "Sergey Lavrov" (inside <b>)
let c: Text; // " said on Tuesday."

beforeEach(() => {
  document.body.replaceChildren();
  p = document.createElement('p');
  const bold = document.createElement('b');
  a = document.createTextNode('Foreign Minister ');
  b = document.createTextNode('Sergey Lavrov');
  c = document.createTextNode(' said on Tuesday.');
  bold.append(b);
  p.append(a, bold, c);
  document.body.append(p);
});

const bounds = (sc: Node, so: number, ec: Node, eo: number): Bounds => ({ startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo });

describe('compareBoundary', () => {
  it.each([
    ['same node, earlier offset', () => [a, 1, a, 2], -1],
    ['same node, same offset', () => [a, 2, a, 2], 0],
    ['same node, later offset', () => [a, 3, a, 2], 1],
    ['text before a later text', () => [a, 5, c, 0], -1],
    ['text after an earlier text', () => [c, 0, a, 5], 1],
    ['parent offset before the child', () => [p, 0, a, 0], -1],
    ['parent offset after the child', () => [p, 1, a, 3], 1],
    ['child before a parent offset after it', () => [b, 13, p, 2], -1],
    ['child after a parent offset before it', () => [b, 0, p, 1], 1],
  ] as [string, () => [Node, number, Node, number], number][])('%s', (_, args, expected) => {
    const [n1, o1, n2, o2] = args();
    expect(compareBoundary(n1, o1, n2, o2)).toBe(expected);
  });

  it('answers null for nodes in different trees', () => {
    expect(compareBoundary(a, 0, document.createTextNode('detached'), 0)).toBeNull();
  });
});

describe('commonAncestor / anchorElement', () => {
  it('a range inside one text node sits in its parent element', () => {
    expect(commonAncestor(bounds(b, 0, b, 6))).toBe(b);
    expect(anchorElement(bounds(b, 0, b, 6))).toBe(b.parentElement);
  });

  it('a range across elements sits in the paragraph', () => {
    expect(anchorElement(bounds(a, 0, c, 4))).toBe(p);
  });

  it('a range between detached nodes has no anchor', () => {
    expect(anchorElement(bounds(a, 0, document.createTextNode('x'), 0))).toBeNull();
  });
});
