// Runs one hostile document (hostile-documents.ts) through the two ways Factmark meets text:
// - the analyser, as the command line and the background run it: linkedom parses the page, extraction finds
//   the article, and the capped analysis runs; the document's plain text goes through textToBlocks too;
// - the content pipeline: a page session on a happy-dom window (no Highlight API there, so it paints with
//   the <mark> fallback, which edits the DOM and must undo every edit), run, then cleared.
// A run records failures instead of throwing, so one bad document cannot hide the rest.
import { DOMParser } from 'linkedom';
import { textToBlocks } from '../../../lib/analysis/text-to-blocks';
import type { Report } from '../../../lib/analysis/types';
import { analyseHere, analyseNow, type AnalyseArticle } from '../../../lib/content/analyse';
import { createPageSession } from '../../../lib/content/page-session';
import { MAX_CLONE_TEXT_CHARS } from '../../../lib/extraction/bound-clone';
import { extractArticle, isArticlePage } from '../../../lib/extraction/extract-article';
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { seededRandom } from '../../../scripts/seeded-random';
import { hostileDocument, type HostileDocument, type HostileKind } from './hostile-documents';

/** The limit for one document through one path. */
export const MAX_MS_PER_DOCUMENT = 1_000;

// happy-dom's DOM is many times slower than a browser's on large trees: on a 30,000-cell table or 20,000
// paragraphs, Readability alone takes 1.5 to 3 s there, and the <mark> fallback's 2,000 text splits about a
// second. The same documents, written out with `npm run fuzz -- --write-corpus`, take at most 0.95 s from the
// run request to painted in real Chromium (`npm run bench -- --corpus DIR --no-floors`). For these kinds the
// happy-dom run is held to this looser limit, which still catches a hang or a blow-up, and the fuzz summary
// counts every document over MAX_MS_PER_DOCUMENT all the same.
export const HAPPY_DOM_LARGE_DOM_MS = 6_000;
const LARGE_DOM_KINDS: ReadonlySet<HostileKind> = new Set(['huge-table', 'many-blocks', 'huge-text-node', 'name-soup']);

/** The CPU time allowed to one document through the content pipeline in happy-dom. */
export function contentLimitMs(kind: HostileKind): number {
  return LARGE_DOM_KINDS.has(kind) ? HAPPY_DOM_LARGE_DOM_MS : MAX_MS_PER_DOCUMENT;
}

export interface PathResult {
  /** Time in Factmark's code (extraction, analysis, paint, removal); the DOM library's parsing is apart. */
  ms: number;
  /**
   * The same, as this process's CPU time: the limit is checked on it, because the machines these tests run
   * on are shared (two cores, other jobs), and waiting for a core is not time spent on the document.
   */
  cpuMs: number;
  parseMs: number;
  outcome: string;
  failures: string[];
}

const now = () => performance.now();
function cpuSince(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
const describe = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, 300);

/** Every span of a report lies inside its block's text: the invariant painting and saving rely on. */
export function spanProblems(report: Report): string[] {
  const problems: string[] = [];
  const check = (what: string, block: number, start: number | undefined, end: number | undefined) => {
    const text = report.blocks[block]?.text;
    if (text === undefined) problems.push(`${what} in missing block ${block}`);
    else if (start !== undefined && end !== undefined && !(start >= 0 && start < end && end <= text.length)) {
      problems.push(`${what} [${start}, ${end}) outside block ${block} (${text.length} chars)`);
    }
  };
  for (const s of report.sentences) check('sentence', s.block, s.start, s.end);
  for (const q of report.quotes) check('quote', q.block, q.start, q.end);
  for (const m of report.mentions) check('mention', m.block, m.start, m.end);
  for (const r of report.repeats) check('repeat', r.block, r.start, r.end);
  for (const c of report.claims) if (!report.sentences[c.sentence]) problems.push(`claim of missing sentence ${c.sentence}`);
  return problems.slice(0, 5);
}

/** The page's way in: linkedom parses it, extraction finds the article, the capped analysis runs. */
export function throughAnalyser(doc: HostileDocument): PathResult {
  const failures: string[] = [];
  let outcome = 'no article';
  const p0 = now();
  let parsed: Document | null = null;
  try {
    parsed = new DOMParser().parseFromString(doc.html || '<html></html>', 'text/html') as unknown as Document;
  } catch (error) {
    // The DOM library's own limit (e.g. its recursion), not Factmark's: reported, not counted as ours.
    outcome = `linkedom could not parse: ${describe(error)}`;
  }
  const parseMs = now() - p0;
  const t0 = now();
  const c0 = process.cpuUsage();
  try {
    if (parsed && isArticlePage(parsed)) {
      const e0 = now();
      const article = extractArticle(parsed, { mapToLive: false });
      if (article) {
        const { report } = analyseNow({ meta: article.meta, blocks: article.blocks }, { extract: now() - e0 });
        failures.push(...spanProblems(report));
        outcome = `article: ${report.blocks.length} blocks, ${report.sentences.length} sentences`;
      }
    }
  } catch (error) {
    failures.push(`analyser threw ${describe(error)}`);
  }
  return { ms: now() - t0, cpuMs: cpuSince(c0), parseMs, outcome, failures };
}

/** The plain-text way in (the command line's): blocks from the text, the capped analysis. */
export function throughTextAnalyser(doc: HostileDocument): PathResult {
  const failures: string[] = [];
  let outcome = 'no words';
  const t0 = now();
  const c0 = process.cpuUsage();
  try {
    // Plain text gets the same bound a page's text gets in extraction (lib/extraction/bound-clone.ts).
    const blocks = textToBlocks(doc.text.slice(0, MAX_CLONE_TEXT_CHARS));
    if (blocks.length) {
      const { report } = analyseNow({ meta: {}, blocks }, { extract: 0 });
      failures.push(...spanProblems(report));
      outcome = `${report.blocks.length} blocks, ${report.sentences.length} sentences`;
    }
  } catch (error) {
    failures.push(`text analyser threw ${describe(error)}`);
  }
  return { ms: now() - t0, cpuMs: cpuSince(c0), parseMs: 0, outcome, failures };
}

/** The markup of the whole page, or null where the DOM library cannot serialise it (happy-dom recurses). */
function markupOf(doc: Document): string | null {
  try {
    return doc.documentElement?.outerHTML ?? '';
  } catch {
    return null;
  }
}

/**
 * The page's own markup while Factmark may have painted with the <mark> fallback: the markup with every <mark>
 * replaced by its content (the generated pages hold no <mark> of their own; split text nodes serialise as
 * one). What removal must give back after the page's own edits, whenever they landed.
 */
function ownMarkupOf(doc: Document): string | null {
  try {
    const copy = doc.documentElement.cloneNode(true) as Element;
    for (const mark of Array.from(copy.getElementsByTagName('mark'))) mark.replaceWith(...Array.from(mark.childNodes));
    return copy.outerHTML;
  } catch {
    return null;
  }
}

/** What a page does to its article while Factmark works: edit, remove, insert, replace. */
function mutateArticle(doc: Document, random: () => number): void {
  const paragraphs = [...doc.querySelectorAll('p')];
  if (paragraphs.length === 0) return;
  const at = (i: number) => paragraphs[Math.floor(random() * paragraphs.length + i) % paragraphs.length]!;
  const edited = at(0).firstChild;
  if (edited && edited.nodeType === 3) (edited as Text).data = `Edited: ${(edited as Text).data.slice(0, 40)}`;
  at(1).remove();
  const fresh = doc.createElement('p');
  fresh.textContent = 'A paragraph the page added while Factmark was reading it.';
  at(2).after(fresh);
  const replaced = at(3);
  replaced.replaceChildren(doc.createTextNode(replaced.textContent ?? ''));
}

export interface ContentPathOptions {
  doc: Document;
  win: Window;
}

// happy-dom's own querySelectorAll, cloneNode and serialiser recurse, and overflow the stack between 2,000 and
// 3,000 levels: the content pipeline gets deep documents at this depth here (still far past the 128 levels at
// which extraction flattens the clone), and at 10,000 levels in real Chromium (tests/e2e/robustness.e2e.ts).
export const HAPPY_DOM_MAX_DEPTH = 1_500;

export async function throughContentPipeline(original: HostileDocument, { doc, win }: ContentPathOptions): Promise<PathResult> {
  const failures: string[] = [];
  const hostile = original.kind === 'deep-nesting' ? hostileDocument(original.seed, { depth: HAPPY_DOM_MAX_DEPTH }) : original;
  const p0 = now();
  try {
    doc.open();
    doc.write(hostile.html);
    doc.close();
  } catch (error) {
    return { ms: 0, cpuMs: 0, parseMs: now() - p0, outcome: `happy-dom could not load the page: ${describe(error)}`, failures };
  }
  const parseMs = now() - p0;
  const random = seededRandom(hostile.seed ^ 0x5eed);
  // The markup removal must restore: the page's own, including its own edits made meanwhile, taken after each
  // edit (without Factmark's marks, should the edit land while they are on the page).
  let expected = markupOf(doc);
  const pageEdit = () => {
    mutateArticle(doc, random);
    expected = ownMarkupOf(doc);
  };
  const analyse: AnalyseArticle = hostile.mutates
    ? async (article, timings) => {
        pageEdit();
        return analyseHere(article, timings);
      }
    : analyseHere;
  const session = createPageSession({
    doc,
    win,
    location: { href: `http://127.0.0.1/hostile/${hostile.seed}.html` },
    loadSettings: async () => DEFAULT_SETTINGS,
    analyse,
  });
  let outcome = 'not run';
  const t0 = now();
  const c0 = process.cpuUsage();
  try {
    // A mutating page also edits at the session's first task switch (between extraction's slices when it
    // takes one there; a short slice may run on into the next step, and the edit then lands later).
    if (hostile.mutates) win.setTimeout(pageEdit, 0);
    const state = await session.run();
    outcome = state.status;
    if (state.status === 'error') failures.push(`session error: ${state.message}`);
    if (state.status === 'ready' && state.report) failures.push(...spanProblems(state.report));
    // The DOM as the page left it must come back: painted marks are removed, split text nodes merged.
    session.clear();
    const after = markupOf(doc);
    if (state.painted && after !== expected) failures.push('the page markup differs after removal');
    if (after === null) outcome += ' (markup not comparable: happy-dom cannot serialise this tree)';
    if (state.painted) outcome += ` (${state.report?.sentences.length ?? 0} sentences, ${state.unanchored} unanchored)`;
  } catch (error) {
    failures.push(`content pipeline threw ${describe(error)}`);
  }
  return { ms: now() - t0, cpuMs: cpuSince(c0), parseMs, outcome, failures };
}
