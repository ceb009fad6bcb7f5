// Finds the article on a page with Readability, run on a clone so the page itself is never touched, and
// returns its text blocks plus `locate`, which turns (block, start, end) into a range on the live page.
// The same code runs in the content script and, with linkedom, in the command-line analyser.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleMeta, Block } from '../analysis/types';
import { collectBlocks, type MappedBlock } from './article-blocks';
import { boundClone } from './bound-clone';
import { locateInSegments, type LiveRange } from './locate';
import { followReparse, keepLinkTextTwins, mapTextTwins, type TwinMap } from './text-twins';

export type { LiveRange } from './locate';

/** The report's article facts (url: the address the caller gave; extraction does not guess it), plus text direction. */
export interface ExtractedMeta extends Omit<ArticleMeta, 'textLength'> {
  dir: string | null;
}

export interface ExtractedArticle {
  meta: ExtractedMeta;
  blocks: Block[];
  /** Live range of `block`'s text [start, end), or null when that text has no certain place on the page. */
  locate(block: Block | number, start: number, end: number): LiveRange | null;
}

export interface ExtractOptions {
  /** The page's address, passed through to meta.url (a parsed file does not know its own). */
  url?: string | null;
  /** Build the map back to the live page (default true). The command line has no page to paint and skips it. */
  mapToLive?: boolean;
  /** Filled with the milliseconds of each step: clone (with twins and bounds), parse (Readability), blocks. */
  timings?: Record<string, number>;
}

// Below this many characters of block text there is no article to analyse: a caption, a login box, an
// error page. It is about three sentences, well under the shortest real news item.
export const MIN_ARTICLE_CHARS = 250;

function nonEmpty(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

/**
 * Whether this page looks like an article, before any extraction: Readability's quick test, with its default
 * thresholds (Firefox Reader View's; on the corpus they call none of the 8 non-articles an article, and miss
 * 6 of 281 articles). A page that passes can still have too little article text: extractArticle then
 * returns null, and that is the final word.
 */
export function isArticlePage(doc: Document): boolean {
  try {
    return !!doc.body && isProbablyReaderable(doc);
  } catch {
    return false;
  }
}

/** For each live text node the blocks point into: its text when the page was cloned (its clone twin's data). */
function dataOfLiveNodes(mapped: readonly MappedBlock[], twins: TwinMap): Map<Text, string> {
  const used = new Set<Text>();
  for (const m of mapped) for (const seg of m.segments) if (seg.node) used.add(seg.node);
  const data = new Map<Text, string>();
  if (used.size === 0) return data;
  // A text node cut by boundClone holds a prefix of its twin's text: the twin's whole text is what it held.
  for (const [clone, live] of twins) {
    if (used.has(live)) data.set(live, clone.data.length < live.data.length && live.data.startsWith(clone.data) ? live.data : clone.data);
  }
  return data;
}

/** Still in the page, holding the text it held at extraction. */
function intact(node: Text, extractedData: ReadonlyMap<Text, string>): boolean {
  const data = extractedData.get(node);
  return data === undefined || (node.isConnected && node.data === data);
}

function blockId(block: Block | number): number {
  return typeof block === 'number' ? block : block.id;
}

/**
 * Runs Readability on a clone of `doc` and returns the article's blocks, or null when there is no article
 * (Readability finds none, or it has under MIN_ARTICLE_CHARS characters) or the page cannot be parsed.
 * Frames are not entered: only `doc` is read.
 */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): ExtractedArticle | null {
  const steps = extractionSteps(doc, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The step extraction is about to start when it offers the caller a pause. */
export type ExtractionStep = 'parse' | 'blocks';

/**
 * The same extraction in up to three slices, with `pause(next)` between them, so the page can respond in
 * between: clone and text twins | Readability | blocks. `pause` is told which step comes next and may start a
 * new task or not (a short slice is cheaper merged with the next one than paid for with a task switch). The page
 * may change during a pause: the twins keep pointing at the live nodes they were copied from, and locate()
 * checks every offset it returns.
 */
export async function extractArticleInSlices(
  doc: Document,
  opts: ExtractOptions,
  pause: (next: ExtractionStep) => Promise<void> | void,
): Promise<ExtractedArticle | null> {
  const steps = extractionSteps(doc, opts);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await pause(step.value);
  }
}

// Yields where a caller may pause. The clone and its twin map are made in one slice: the map pairs nodes by
// document order, which holds only while the live page and the clone are the same tree.
function* extractionSteps(doc: Document, opts: ExtractOptions): Generator<ExtractionStep, ExtractedArticle | null> {
  if (!doc.body) return null;
  let t = performance.now();
  const step = (name: string) => {
    const now = performance.now();
    if (opts.timings) opts.timings[name] = now - t;
    t = now;
  };
  const clone = doc.cloneNode(true) as Document;
  const twins: TwinMap = opts.mapToLive === false ? new Map() : mapTextTwins(doc, clone);
  // After pairing (which needs the clone exactly as the page is): flatten absurd nesting, cut absurd text nodes.
  boundClone(clone);
  step('clone');
  yield 'parse';
  t = performance.now();
  const unfollow = clone.body ? followReparse(clone.body, twins) : () => {};
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    // serializer: el => el hands back the article element itself instead of its HTML.
    const reader = new Readability<Element>(clone, { serializer: (el) => el as Element });
    keepLinkTextTwins(reader);
    parsed = reader.parse();
  } catch {
    return null;
  } finally {
    unfollow();
  }
  step('parse');
  const content = parsed?.content;
  if (!parsed || !content) return null;
  yield 'blocks';
  t = performance.now();

  const mapped: MappedBlock[] = collectBlocks(content, twins);
  const extractedData = dataOfLiveNodes(mapped, twins);
  twins.clear();
  let chars = 0;
  for (const m of mapped) chars += m.block.text.length;
  if (chars < MIN_ARTICLE_CHARS) return null;

  const blocks = mapped.map((m) => m.block);
  step('blocks');
  return {
    meta: {
      url: opts.url ?? null,
      title: nonEmpty(parsed.title) ?? nonEmpty(doc.title) ?? '',
      byline: nonEmpty(parsed.byline),
      siteName: nonEmpty(parsed.siteName),
      lang: nonEmpty(parsed.lang) ?? nonEmpty(doc.documentElement?.getAttribute('lang')),
      publishedTime: nonEmpty(parsed.publishedTime),
      excerpt: nonEmpty(parsed.excerpt),
      dir: nonEmpty(parsed.dir),
    },
    blocks,
    locate(block, start, end) {
      const m = mapped[blockId(block)];
      const range = m ? locateInSegments(m.segments, m.block.text.length, start, end) : null;
      // The page may have edited or removed the text since extraction: then the span has no certain place.
      if (!range || !intact(range.startContainer, extractedData) || !intact(range.endContainer, extractedData)) return null;
      return range;
    },
  };
}
