// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../lib/extraction/article-blocks';
import { locateInSegments } from '../../../lib/extraction/locate';
import { mapTextTwins } from '../../../lib/extraction/text-twins';
import { locatedText, parseHtml } from './dom-helpers';

/** Blocks of `html`'s body, read from a clone the way extraction reads Readability's output. */
function blocksOf(html: string) {
  const live = parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`);
  const clone = live.cloneNode(true) as Document;
  const mapped = collectBlocks(clone.body, mapTextTwins(live, clone));
  return { live, mapped, summary: mapped.map((m) => [m.block.kind, m.block.text]) };
}

describe('collectBlocks', () => {
  it.each([
    ['joins inline elements into their paragraph', '<p>A <b>bold</b> and <a href="#">linked</a> word.</p>',
      [['paragraph', 'A bold and linked word.']]],
    ['collapses whitespace runs, newlines and no-break spaces, and trims', '<p>\n  Ten\u00a0km  of\n\troad.  </p>',
      [['paragraph', 'Ten km of road.']]],
    ['reads a <br> as a space', '<p>Line one<br>line two<br><br>line three</p>', [['paragraph', 'Line one line two line three']]],
    ['keeps text glued across inline tags glued', '<p>Zelen<i>skyy</i> said</p>', [['paragraph', 'Zelenskyy said']]],
    ['detects headings', '<h2>Security <em>guarantees</em></h2><p>Text.</p>', [['heading', 'Security guarantees'], ['paragraph', 'Text.']]],
    ['detects list items, also with a paragraph inside', '<ul><li>One.</li><li><p>Two.</p></li></ul>',
      [['list-item', 'One.'], ['list-item', 'Two.']]],
    ['detects quotes, paragraph by paragraph', '<blockquote><p>First.</p><p>Second.</p></blockquote>',
      [['quote', 'First.'], ['quote', 'Second.']]],
    ['splits a div’s own text around a nested block', '<div>Intro <p>Middle.</p> tail.</div>',
      [['paragraph', 'Intro'], ['paragraph', 'Middle.'], ['paragraph', 'tail.']]],
    ['splits text around an empty block element', '<div>Before<hr>after</div>', [['paragraph', 'Before'], ['paragraph', 'after']]],
    ['gives table cells blocks of their own', '<table><tr><td>A1</td><td>B1</td></tr></table>', [['paragraph', 'A1'], ['paragraph', 'B1']]],
    ['ignores empty and whitespace-only blocks', '<p> </p><p></p><div>\n</div><p>Only.</p>', [['paragraph', 'Only.']]],
    ['ignores script, style and template text', '<p>Shown<script>hidden()</script><style>p{}</style> text.</p><template><p>no</p></template>',
      [['paragraph', 'Shown text.']]],
    ['numbers blocks from 0 in reading order', '<h1>T</h1><p>a</p><p>b</p>', [['heading', 'T'], ['paragraph', 'a'], ['paragraph', 'b']]],
  ])('%s', (_name, html, expected) => {
    const { mapped, summary } = blocksOf(html);
    expect(summary).toEqual(expected);
    expect(mapped.map((m) => m.block.id)).toEqual(expected.map((_, i) => i));
  });

  it('handles a tree deeper than the call stack', () => {
    // Built by hand: DOM implementations clone and parse such trees recursively themselves.
    const doc = parseHtml('<!DOCTYPE html><html><body></body></html>');
    let inner: Element = doc.body;
    for (let i = 0; i < 20000; i++) inner = inner.appendChild(doc.createElement(i % 2 ? 'div' : 'span'));
    inner.textContent = 'deep';
    doc.body.appendChild(doc.createElement('p')).textContent = 'after';
    expect(collectBlocks(doc.body, new Map()).map((m) => m.block.text)).toEqual(['deep', 'after']);
  });

  it('keeps segments compact: one per text node when whitespace is single', () => {
    const { mapped } = blocksOf('<p>One two three. <b>Four five.</b> Six seven.</p>');
    expect(mapped[0]!.segments).toHaveLength(3);
  });

  it('locates every block and every word on the live page, exactly', () => {
    const { live, mapped } = blocksOf(
      '<h2>Security <em>guarantees</em></h2><p>\n  Ten\u00a0km  of <a href="#">new\n road</a>, said<br>the  minister.</p><ul><li><p>One, two.</p></li></ul>');
    for (const { block, segments } of mapped) {
      const whole = locateInSegments(segments, block.text.length, 0, block.text.length);
      expect(whole && live.contains(whole.startContainer) && live.contains(whole.endContainer)).toBe(true);
      expect(locatedText(whole)).toBe(block.text);
      for (const word of block.text.matchAll(/\S+/g)) {
        const r = locateInSegments(segments, block.text.length, word.index, word.index + word[0].length);
        expect(locatedText(r)).toBe(word[0]);
      }
    }
  });

  it('narrows a span that starts or ends on a <br>’s space to its text', () => {
    const { mapped } = blocksOf('<p>left<br>right</p>');
    const { block, segments } = mapped[0]!;
    expect(block.text).toBe('left right');
    expect(locatedText(locateInSegments(segments, block.text.length, 2, 5))).toBe('ft');
    expect(locatedText(locateInSegments(segments, block.text.length, 4, 7))).toBe('ri');
    expect(locateInSegments(segments, block.text.length, 4, 5)).toBeNull();
  });

  it.each([
    ['a negative start', -1, 3],
    ['an end past the text', 0, 99],
    ['an empty span', 2, 2],
    ['a reversed span', 3, 1],
    ['a fractional offset', 0.5, 3],
  ])('refuses %s', (_name, start, end) => {
    const { mapped } = blocksOf('<p>Some text.</p>');
    const { block, segments } = mapped[0]!;
    expect(locateInSegments(segments, block.text.length, start, end)).toBeNull();
  });

  it('refuses text with no live twin instead of guessing', () => {
    const live = parseHtml('<!DOCTYPE html><html><body><p>Kept text.</p></body></html>');
    const clone = live.cloneNode(true) as Document;
    const twins = mapTextTwins(live, clone);
    const p = clone.querySelector('p')!;
    p.appendChild(clone.createTextNode(' Made by Readability.'));
    const [{ block, segments }] = collectBlocks(clone.body, twins) as [ReturnType<typeof collectBlocks>[0]];
    expect(block.text).toBe('Kept text. Made by Readability.');
    expect(locatedText(locateInSegments(segments, block.text.length, 0, 10))).toBe('Kept text.');
    expect(locateInSegments(segments, block.text.length, 11, 15)).toBeNull();
    expect(locateInSegments(segments, block.text.length, 0, block.text.length)).toBeNull();
  });

  it('refuses a range whose live text has since been shortened', () => {
    const { live, mapped } = blocksOf('<p>Some longer text.</p>');
    const { block, segments } = mapped[0]!;
    live.querySelector('p')!.firstChild!.textContent = 'Some';
    expect(locateInSegments(segments, block.text.length, 5, 11)).toBeNull();
  });
});
