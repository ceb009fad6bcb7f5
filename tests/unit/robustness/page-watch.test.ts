// @vitest-environment happy-dom
// Watching painted text for the page's own edits (lib/content/page-watch.ts), with happy-dom's real
// MutationObserver.
import { describe, expect, it, vi } from 'vitest';
import { commonAncestor, watchPaintedText } from '@/lib/content/page-watch';

function setup() {
  document.body.innerHTML =
    '<main><article><p id="a">Alpha text.</p><p id="b">Beta text.</p></article><aside id="ad">Ad 1</aside></main>';
  const a = document.querySelector('#a')!.firstChild as Text;
  const b = document.querySelector('#b')!.firstChild as Text;
  const ad = document.querySelector('#ad')!.firstChild as Text;
  return { a, b, ad };
}

const quiet = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('commonAncestor', () => {
  it('finds the deepest element holding every node', () => {
    const { a, b, ad } = setup();
    expect(commonAncestor([a, b])).toBe(document.querySelector('article'));
    expect(commonAncestor([a])).toBe(document.querySelector('#a'));
    expect(commonAncestor([a, ad])).toBe(document.querySelector('main'));
    expect(commonAncestor([])).toBeNull();
  });

  it('returns null for nodes that are not in one tree', () => {
    const { a } = setup();
    const loose = document.createElement('div');
    loose.append('x');
    expect(commonAncestor([a, loose.firstChild!])).toBeNull();
  });
});

describe('watchPaintedText', () => {
  it('reports a painted text node the page edits, once, after the page is quiet', async () => {
    const { a, b } = setup();
    const onStale = vi.fn();
    const watch = watchPaintedText({ win: window, nodes: [a, b], onStale, quietMs: 10 });
    a.data = 'Alpha edited.';
    a.data = 'Alpha edited twice.';
    await quiet();
    expect(onStale).toHaveBeenCalledTimes(1);
    expect(onStale).toHaveBeenCalledWith([a]);
    watch.stop();
  });

  it('reports painted text the page removes', async () => {
    const { a, b } = setup();
    const onStale = vi.fn();
    const watch = watchPaintedText({ win: window, nodes: [a, b], onStale, quietMs: 10 });
    document.querySelector('#b')!.remove();
    await quiet();
    expect(onStale).toHaveBeenCalledWith([b]);
    watch.stop();
  });

  it('ignores changes outside the painted text, and edits that leave the text as it was', async () => {
    const { a, b, ad } = setup();
    const onStale = vi.fn();
    const watch = watchPaintedText({ win: window, nodes: [a, b], onStale, quietMs: 10 });
    ad.data = 'Ad 2';
    document.querySelector('article')!.append(document.createElement('figure'));
    a.data = 'Alpha!';
    a.data = 'Alpha text.';
    await quiet();
    expect(watch.root).toBe(document.querySelector('article'));
    expect(onStale).not.toHaveBeenCalled();
    watch.stop();
  });

  it('stops when asked', async () => {
    const { a, b } = setup();
    const onStale = vi.fn();
    const watch = watchPaintedText({ win: window, nodes: [a, b], onStale, quietMs: 10 });
    watch.stop();
    a.data = 'changed after stop';
    await quiet();
    expect(onStale).not.toHaveBeenCalled();
  });
});
