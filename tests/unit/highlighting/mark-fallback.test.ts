// @vitest-environment happy-dom
// The <mark> fallback: what it wraps, and that removal gives back the page's DOM exactly (same serialisation,
// same text node objects, page's own adjacent text nodes left unmerged).
import { beforeEach, describe, expect, it } from 'vitest';
import type { Bounds } from '../../../lib/highlighting/bounds';
import { textSegments, wrapInMarks } from '../../../lib/highlighting/mark-fallback';

const serialise = () => document.documentElement.outerHTML;

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const w = document.createTreeWalker(root, 4);
  for (let n = w.nextNode(); n; n = w.nextNode()) out.push(n as Text);
  return out;
}

/** Bounds of the nth occurrence of `needle` in the text under `root` (may cross elements). */
function find(root: Node, needle: string, nth = 0): Bounds {
  const nodes = textNodes(root);
  const all = nodes.map((n) => n.data).join('');
  let at = -1;
  for (let i = 0; i <= nth; i++) at = all.indexOf(needle, at + 1);
  if (at < 0) throw new Error(`no ${needle}`);
  const locate = (offset: number, isEnd: boolean): [Node, number] => {
    let start = 0;
    for (const n of nodes) {
      const end = start + n.data.length;
      if (isEnd ? offset <= end : offset < end) return [n, offset - start];
      start = end;
    }
    throw new Error('offset out of range');
  };
  const [sc, so] = locate(at, false);
  const [ec, eo] = locate(at + needle.length, true);
  return { startContainer: sc, startOffset: so, endContainer: ec, endOffset: eo };
}

const ARTICLE = `<article><h1>Bridge</h1><p id="p1">Foreign Minister <b>Sergey Lavrov</b> said on <a href="/t">Tuesday</a> that it costs 4.2 billion roubles. "We will open it in May," Lavrov said.</p>
<ul>
  <li>First item text</li>
  <li>Second item text</li>
</ul>
<p id="p2">Tail <script>var x = "not text";</script>end.</p></article>`;

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

describe('textSegments', () => {
  it('covers the text nodes a range crosses, clipped at both ends', () => {
    const segs = textSegments(document, find(document.body, 'Minister Sergey Lavrov said'));
    expect(segs.map((s) => s.text.data.slice(s.start, s.end))).toEqual(['Minister ', 'Sergey Lavrov', ' said']);
  });

  it('accepts element boundaries', () => {
    const p = document.getElementById('p1')!;
    const segs = textSegments(document, { startContainer: p, startOffset: 1, endContainer: p, endOffset: 2 });
    expect(segs.map((s) => s.text.data.slice(s.start, s.end))).toEqual(['Sergey Lavrov']);
  });

  it('finds nothing for a collapsed range', () => {
    const b = find(document.body, 'Tuesday');
    expect(textSegments(document, { ...b, endContainer: b.startContainer, endOffset: b.startOffset })).toEqual([]);
  });
});

describe('wrapInMarks', () => {
  it.each([
    ['a span inside one text node', ['Lavrov said.']],
    ['a sentence across <b> and <a>', ['Foreign Minister Sergey Lavrov said on Tuesday that it costs 4.2 billion roubles.']],
    ['overlapping spans (nested marks)', ['Minister Sergey Lavrov said', 'Sergey Lavrov', 'Lavrov said on Tuesday']],
    ['two list items (whitespace between them)', ['First item text\n  Second item']],
    ['a paragraph containing a script', ['Tail var x = "not text";end']],
    ['the same span twice', ['Tuesday', 'Tuesday']],
  ])('restores the DOM exactly after %s', (_, needles) => {
    const before = serialise();
    const nodes = textNodes(document.body);
    const data = nodes.map((n) => n.data);
    const layer = wrapInMarks(document, needles.map((n, i) => ({ bounds: find(document.body, n), owner: i })));
    expect(layer.marks.length).toBeGreaterThan(0);
    expect(serialise()).not.toBe(before);
    layer.restore();
    expect(serialise()).toBe(before);
    // The page's own text nodes are the same objects with the same text.
    const after = textNodes(document.body);
    expect(after).toHaveLength(nodes.length);
    after.forEach((n, i) => {
      expect(n).toBe(nodes[i]);
      expect(n.data).toBe(data[i]);
    });
  });

  it('wraps exactly the span text', () => {
    const layer = wrapInMarks(document, [{ bounds: find(document.body, 'Minister Sergey Lavrov said'), owner: 'claim' }]);
    expect(layer.marks.map((m) => m.textContent)).toEqual(['Minister ', 'Sergey Lavrov', ' said']);
    expect(document.getElementById('p1')!.textContent).toContain('Foreign Minister Sergey Lavrov said on Tuesday');
    layer.restore();
  });

  it('nests the shorter span inside the longer one, and reports owners innermost first', () => {
    const layer = wrapInMarks(document, [
      { bounds: find(document.body, 'Sergey'), owner: 'speaker' },
      { bounds: find(document.body, 'Minister Sergey Lavrov said'), owner: 'claim' },
    ]);
    const inner = layer.marks.find((m) => m.textContent === 'Sergey' && m.parentElement?.tagName === 'MARK')!;
    expect(inner).toBeDefined();
    expect(layer.ownersAt(inner.firstChild)).toEqual(['speaker', 'claim']);
    expect(layer.ownersAt(document.getElementById('p1'))).toEqual([]);
    layer.restore();
  });

  it('leaves script text, and layout whitespace between list items, unwrapped', () => {
    const layer = wrapInMarks(document, [
      { bounds: find(document.body, 'First item text\n  Second item'), owner: 1 },
      { bounds: find(document.body, 'Tail var x = "not text";end'), owner: 2 },
    ]);
    expect(document.querySelector('ul > mark')).toBeNull();
    expect(document.querySelector('script mark')).toBeNull();
    expect(layer.marks.map((m) => m.textContent)).toEqual(['First item text', 'Second item', 'Tail ', 'end']);
    layer.restore();
  });

  it('does not merge text nodes the page itself kept apart', () => {
    const p = document.createElement('p');
    p.append(document.createTextNode('Hello '), document.createTextNode('world'));
    document.body.append(p);
    const before = serialise();
    const layer = wrapInMarks(document, [{ bounds: find(p, 'lo wor'), owner: 1 }]);
    layer.restore();
    expect(serialise()).toBe(before);
    expect([...p.childNodes].map((n) => (n as Text).data)).toEqual(['Hello ', 'world']);
  });

  it('maps boundaries given against the unsplit text to the split pieces', () => {
    const name = find(document.body, 'Sergey Lavrov');
    const text = name.startContainer as Text;
    const layer = wrapInMarks(document, [{ bounds: find(document.body, 'Lavrov'), owner: 1 }]);
    const [node, offset] = layer.mapPoint(text, 9); // "Sergey La|vrov"
    expect((node as Text).data).toBe('Lavrov');
    expect(offset).toBe(2);
    expect(layer.mapPoint(text, 3)).toEqual([text, 3]);
    layer.restore();
    expect(layer.mapPoint(text, 9)).toEqual([text, 9]);
  });

  it('restore() twice is harmless, and survives the page removing a mark', () => {
    const layer = wrapInMarks(document, [
      { bounds: find(document.body, 'Tuesday'), owner: 1 },
      { bounds: find(document.body, 'May'), owner: 2 },
    ]);
    layer.marks[1]!.remove(); // the page deleted it meanwhile
    layer.restore();
    layer.restore();
    expect(document.querySelectorAll('mark')).toHaveLength(0);
    expect(document.querySelector('a')!.textContent).toBe('Tuesday');
  });

  it('restyle() sets inline styles that override page rules, or none', () => {
    const layer = wrapInMarks(document, [{ bounds: find(document.body, 'Tuesday'), owner: 'x' }]);
    const mark = layer.marks[0]!;
    layer.restyle(() => [['background-color', 'rgba(230, 159, 0, 0.4)']]);
    expect(mark.style.getPropertyValue('background-color')).toBe('rgba(230, 159, 0, 0.4)');
    expect(mark.style.getPropertyPriority('background-color')).toBe('important');
    layer.restyle(() => null);
    expect(mark.style.getPropertyValue('background-color')).not.toBe('rgba(230, 159, 0, 0.4)');
    layer.restore();
  });
});
