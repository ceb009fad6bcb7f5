// The bench's page script: bundled with esbuild and evaluated in the article page's main world, next to the
// extension. It measures the two floors Factmark is compared with, on the same page in the same run:
// - Readability's parse() alone, on a fresh clone (the clone is not counted);
// - a bare pipeline: clone, Readability, blocks, one sentence split per block (Intl.Segmenter), a text index
//   of the live page, each sentence located in it, one highlight per sentence, and the next frame;
// and it paints the bare pipeline's sentences with Factmark's own painter twice: Highlight API, then <mark>.
// Everything it adds (highlights, an adopted stylesheet, marks) is removed before it returns.
import { Readability } from '@mozilla/readability';
import { createPainter } from '../../../lib/highlighting/painter';
import type { PaintItem } from '../../../lib/highlighting/paint-item';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

export interface FloorTimes {
  /** Readability.parse() on a fresh clone, clone excluded. */
  readabilityMs: number;
  /** The whole bare pipeline, from the clone to the frame that shows the highlights. */
  bareMs: number;
  /** The bare pipeline's script work alone: from the clone to the highlight set, before waiting for the frame. */
  bareWorkMs: number;
  sentences: number;
  /** Sentences found in the live page by the bare pipeline's text search. */
  located: number;
  /** Factmark's painter over the bare pipeline's sentences, Highlight API, including the next frame. */
  highlightPaintMs: number;
  /** The same spans wrapped in <mark> by the painter's fallback, including the next frame. */
  markPaintMs: number;
  /** outerHTML unchanged after the <mark> round trip (the fallback must restore the page). */
  markRestored: boolean;
}

// The same block elements as the extension's extraction: a block's text is one unit for sentence splitting.
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, figcaption';
// Not text a reader sees.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const BARE_HIGHLIGHT = 'factmark-bench-bare';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** Leaf blocks of the article: a block that contains another block gives its text to the inner ones. */
function blockTexts(article: Element): string[] {
  const out: string[] = [];
  for (const el of article.querySelectorAll(BLOCKS)) {
    if (el.querySelector(BLOCKS)) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) out.push(text);
  }
  return out;
}

interface TextIndex {
  text: string;
  /** For each character of `text`: its text node (by number) and offset there. */
  node: Int32Array;
  offset: Int32Array;
  nodes: Text[];
}

// JavaScript's \s, by char code (a regex per character would make this floor needlessly slow).
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 160 || c === 5760 || (c >= 8192 && c <= 8202) ||
    c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288 || c === 65279;
}

/** The live page's visible text with whitespace collapsed, and where each character comes from. */
function indexLivePage(): TextIndex {
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (SKIP.has(n.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let space = true;
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const k = nodes.push(n) - 1;
    const data = n.data;
    for (let i = 0; i < data.length; i++) {
      if (isSpace(data.charCodeAt(i))) {
        if (space) continue;
        space = true;
        chars.push(' ');
      } else {
        space = false;
        chars.push(data[i]!);
      }
      nodeOf.push(k);
      offsetOf.push(i);
    }
  }
  return { text: chars.join(''), node: Int32Array.from(nodeOf), offset: Int32Array.from(offsetOf), nodes };
}

function sentencesOf(blocks: string[], lang: string): string[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
  const out: string[] = [];
  for (const b of blocks) {
    for (const s of segmenter.segment(b)) {
      const t = s.segment.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

/** One StaticRange per sentence found in the live text, searched forward from the previous hit. */
function locate(sentences: string[], index: TextIndex): StaticRange[] {
  const ranges: StaticRange[] = [];
  let cursor = 0;
  for (const s of sentences) {
    let at = index.text.indexOf(s, cursor);
    if (at < 0) at = index.text.indexOf(s);
    if (at < 0) continue;
    cursor = at + s.length;
    const last = at + s.length - 1;
    ranges.push(
      new StaticRange({
        startContainer: index.nodes[index.node[at]!]!,
        startOffset: index.offset[at]!,
        endContainer: index.nodes[index.node[last]!]!,
        endOffset: index.offset[last]! + 1,
      }),
    );
  }
  return ranges;
}

function readabilityAlone(): number {
  const clone = document.cloneNode(true) as Document;
  const t0 = performance.now();
  new Readability(clone).parse();
  return performance.now() - t0;
}

async function barePipeline(): Promise<{ ms: number; workMs: number; sentences: number; ranges: StaticRange[] }> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`::highlight(${BARE_HIGHLIGHT}) { background-color: rgba(255, 230, 0, 0.5); }`);
  const t0 = performance.now();
  const clone = document.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { serializer: (el) => el as Element }).parse();
  const blocks = parsed?.content ? blockTexts(parsed.content) : [];
  const sentences = sentencesOf(blocks, parsed?.lang || document.documentElement.lang || 'en');
  const ranges = locate(sentences, indexLivePage());
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  CSS.highlights.set(BARE_HIGHLIGHT, new Highlight(...ranges));
  const workMs = performance.now() - t0;
  await nextFrame();
  const ms = performance.now() - t0;
  CSS.highlights.delete(BARE_HIGHLIGHT);
  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  return { ms, workMs, sentences: sentences.length, ranges };
}

async function paintWith(ranges: StaticRange[], useMarks: boolean): Promise<number> {
  const painter = createPainter({ doc: document, win: window, colors: DEFAULT_SETTINGS.colors, useMarks });
  const items: PaintItem[] = ranges.map((r) => ({ kind: 'claim', ranges: [r], card: { title: 'bench' } }));
  const t0 = performance.now();
  painter.paint(items);
  await nextFrame();
  const ms = performance.now() - t0;
  painter.clear();
  await nextFrame();
  return ms;
}

async function measureFloors(): Promise<FloorTimes> {
  const readabilityMs = readabilityAlone();
  await nextFrame();
  const bare = await barePipeline();
  await nextFrame();
  const before = document.documentElement.outerHTML;
  const highlightPaintMs = await paintWith(bare.ranges, false);
  const markPaintMs = await paintWith(bare.ranges, true);
  return {
    readabilityMs,
    bareMs: bare.ms,
    bareWorkMs: bare.workMs,
    sentences: bare.sentences,
    located: bare.ranges.length,
    highlightPaintMs,
    markPaintMs,
    markRestored: document.documentElement.outerHTML === before,
  };
}

(globalThis as unknown as { __factmarkBench: { measureFloors: typeof measureFloors } }).__factmarkBench = { measureFloors };
