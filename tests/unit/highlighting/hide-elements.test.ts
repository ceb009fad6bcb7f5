// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { hideElements, hidingCss, structuralSelector } from '@/lib/highlighting/hide-elements';

const page = `<header><p>Menu</p></header><main><article><p id="a">First.</p><p id="b">Second.</p><p id="c">Second.</p></article></main>`;

function setUp(): void {
  document.body.innerHTML = page;
}
const byId = (id: string) => document.getElementById(id)!;
const sheetText = () => [...document.adoptedStyleSheets].flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n');

afterEach(() => {
  document.adoptedStyleSheets = [];
});

describe('structuralSelector', () => {
  it.each(['a', 'b', 'c'])('names #%s by position alone, and the name finds that element', (id) => {
    setUp();
    const selector = structuralSelector(byId(id), document)!;
    expect(selector).toMatch(/^:root( > :nth-child\(\d+\))+$/);
    expect(document.querySelector(selector)).toBe(byId(id));
  });

  it.each([
    ['a detached element', () => document.createElement('p')],
    ['an element inside a shadow root', () => {
      const host = document.createElement('div');
      document.body.append(host);
      const inner = document.createElement('p');
      host.attachShadow({ mode: 'open' }).append(inner);
      return inner;
    }],
  ])('ignores %s', (_what, make) => {
    setUp();
    expect(structuralSelector(make(), document)).toBeNull();
  });
});

describe('hideElements', () => {
  it('hides the elements with one adopted sheet, and leaves the markup byte-identical', () => {
    setUp();
    const before = document.documentElement.outerHTML;
    const hidden = hideElements(document, window, [byId('c')]);
    expect(hidden.count).toBe(1);
    expect(sheetText()).toContain('display: none !important');
    expect(document.querySelector(hidingCss([byId('c')], document).split(' {')[0]!)).toBe(byId('c'));
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('removes its sheet and nothing else', () => {
    setUp();
    const own = new CSSStyleSheet();
    document.adoptedStyleSheets = [own];
    const hidden = hideElements(document, window, [byId('b'), byId('c')]);
    expect(document.adoptedStyleSheets).toHaveLength(2);
    hidden.remove();
    expect([...document.adoptedStyleSheets]).toEqual([own]);
    expect(hidden.count).toBe(0);
  });

  it('follows the same element when the page inserts one before it', async () => {
    setUp();
    const hidden = hideElements(document, window, [byId('c')]);
    byId('a').before(document.createElement('aside'));
    await new Promise((r) => setTimeout(r, 0));
    const selector = sheetText().split(' {')[0]!;
    expect(document.querySelector(selector)).toBe(byId('c'));
    hidden.remove();
  });

  it('hides nothing, and adds no sheet, when no element can be named', () => {
    setUp();
    const hidden = hideElements(document, window, [document.createElement('p')]);
    expect(hidden.count).toBe(0);
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
