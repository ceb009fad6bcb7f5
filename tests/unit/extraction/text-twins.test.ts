// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { followReparse, mapTextTwins } from '../../../lib/extraction/text-twins';
import { parseHtml } from './dom-helpers';

const PAGE = '<!DOCTYPE html><html><head><title>T</title></head><body><p>One <b>two</b> three.</p>\n<div>Four  </div></body></html>';

// These tests play Readability's own innerHTML round trip (read, gut the page, write back), the one thing
// followReparse exists for; the extension itself never turns page text into HTML.
function readHtml(el: Element): string {
   
  return el.innerHTML;
}
function writeHtml(el: Element, html: string): void {
   
  el.innerHTML = html;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

describe('mapTextTwins', () => {
  it('pairs every text node of a clone with its live original', () => {
    const live = parseHtml(PAGE);
    const clone = live.cloneNode(true) as Document;
    const twins = mapTextTwins(live, clone);
    const cloneTexts = textNodes(clone);
    expect(twins.size).toBe(cloneTexts.length);
    cloneTexts.forEach((c, i) => expect(twins.get(c)).toBe(textNodes(live)[i]));
  });

  it('keeps no pair at all when the documents are not twins', () => {
    const live = parseHtml(PAGE);
    const clone = live.cloneNode(true) as Document;
    clone.querySelector('b')!.firstChild!.textContent = 'TWO';
    expect(mapTextTwins(live, clone).size).toBe(0);
    const other = parseHtml(PAGE.replace('three.', 'three.<i>extra</i>'));
    expect(mapTextTwins(live, other).size).toBe(0);
  });
});

describe('followReparse', () => {
  it('restores the page Readability-style (read innerHTML, gut the page, write it back) with twins and exact text', () => {
    const live = parseHtml(PAGE);
    const clone = live.cloneNode(true) as Document;
    const twins = mapTextTwins(live, clone);
    const page = clone.body;
    const undo = followReparse(page, twins);
    const cache = readHtml(page);
    const textBefore = page.textContent;
    page.querySelector('p')!.remove(); // an attempt moves nodes out of the page
    writeHtml(page, cache);
    expect(page.textContent).toBe(textBefore);
    const restored = textNodes(page);
    expect(restored.map((t) => twins.get(t)?.data)).toEqual(restored.map((t) => t.data));
    expect(restored.every((t) => live.contains(twins.get(t)!))).toBe(true);
    undo();
    expect(Object.getOwnPropertyDescriptor(page, 'innerHTML')).toBeUndefined();
  });

  it('restores as often as asked, each time from the page as it was when read', () => {
    const live = parseHtml(PAGE);
    const clone = live.cloneNode(true) as Document;
    const twins = mapTextTwins(live, clone);
    followReparse(clone.body, twins);
    const cache = readHtml(clone.body);
    for (let i = 0; i < 3; i++) {
      clone.body.replaceChildren();
      writeHtml(clone.body, cache);
      expect(clone.body.querySelector('b')!.textContent).toBe('two');
      expect(textNodes(clone.body).every((t) => twins.has(t))).toBe(true);
    }
  });

  it('parses any other HTML as usual, with no twins', () => {
    const live = parseHtml(PAGE);
    const clone = live.cloneNode(true) as Document;
    const twins = mapTextTwins(live, clone);
    followReparse(clone.body, twins);
    writeHtml(clone.body, '<p>One <b>two</b> three.</p>');
    expect(clone.body.textContent).toBe('One two three.');
    expect(textNodes(clone.body).some((t) => twins.has(t))).toBe(false);
  });
});
