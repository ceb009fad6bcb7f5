// Turns per-page results into the bench's tables and its one-line JSON summary.
import type { PageResult } from './page-result';
import type { PopupTiming } from './popup-render';
import type { ScriptSize } from './bundle-size';
import { fmt, median, p95 } from './stats';

export interface BenchJson {
  pages: number;
  medianTotalMs: number;
  p95TotalMs: number;
  medianFloorMs: number;
  ratio: number;
  maxLongTaskMs: number;
  anchoredShare: number;
  errors: number;
  domChanged: number;
  requests: number;
}

interface Row {
  label: string;
  values: number[];
  max?: boolean;
}

export interface BenchSummary {
  json: BenchJson;
  lines: string[];
}

const round = (v: number, d = 1) => (Number.isFinite(v) ? Math.round(v * 10 ** d) / 10 ** d : v);
const nums = (xs: readonly (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

function table(rows: Row[]): string[] {
  const lines = [`${pad('', 34)}${lpad('median', 9)}${lpad('p95', 9)}${lpad('max', 9)}${lpad('pages', 7)}`];
  for (const r of rows) {
    const v = r.values;
    lines.push(
      `${pad(r.label, 34)}${lpad(fmt(median(v)), 9)}${lpad(fmt(p95(v)), 9)}${lpad(fmt(v.length ? Math.max(...v) : NaN), 9)}${lpad(String(v.length), 7)}`,
    );
  }
  return lines;
}

const isError = (r: PageResult) => r.errors.length > 0 || r.status === 'timeout' || r.status === 'error';

/** Pages that were analysed and painted (the figures below are about them). */
const analysed = (rs: readonly PageResult[]) => rs.filter((r) => r.status === 'ready');

function browserLines(name: string, results: readonly PageResult[]): { lines: string[]; ratio: number; p95Ratio: number } {
  const ready = analysed(results);
  const total = nums(ready.map((r) => r.totalMs));
  const bare = nums(ready.map((r) => r.floors?.bareMs));
  const readability = nums(ready.map((r) => r.floors?.readabilityMs));
  const ratio = median(total) / median(bare);
  const p95Ratio = p95(total) / p95(bare);
  const perPageRatio = nums(ready.map((r) => (r.totalMs !== null && r.floors ? r.totalMs / r.floors.bareMs : null)));
  const lines = [
    `## ${name}: ${results.length} pages, ${ready.length} analysed and painted`,
    ...table([
      { label: 'extraction (ms)', values: nums(ready.map((r) => r.extractMs)) },
      { label: '  clone, twins, bounds (ms)', values: nums(ready.map((r) => r.extractSteps?.clone)) },
      { label: '  Readability parse() (ms)', values: nums(ready.map((r) => r.extractSteps?.parse)) },
      { label: '  blocks (ms)', values: nums(ready.map((r) => r.extractSteps?.blocks)) },
      { label: 'analysis, in the background (ms)', values: nums(ready.map((r) => r.analyzeMs)) },
      { label: 'wait for the analysis (ms)', values: nums(ready.map((r) => r.analyzeWaitMs)) },
      // Per page: the wait less the analysis itself (the messages both ways, and the page's own work meanwhile).
      { label: '  beyond the analysis (ms)', values: nums(ready.map((r) => (r.analyzeWaitMs != null && r.analyzeMs !== null ? r.analyzeWaitMs - r.analyzeMs : null))) },
      { label: 'paint, to the next frame (ms)', values: nums(ready.map((r) => r.paintMs)) },
      { label: '  script, before the frame (ms)', values: nums(ready.map((r) => r.paintScriptMs)) },
      { label: 'total, run to painted (ms)', values: total },
      { label: 'click to painted (ms)', values: nums(ready.map((r) => r.clickToPaintMs)) },
      { label: 'longest task, longtask API (ms)', values: nums(results.map((r) => r.longTaskMs)) },
      { label: 'longest own slice (ms)', values: nums(results.map((r) => r.longestSliceMs)) },
      { label: 'heap kept by the run (KB)', values: nums(ready.map((r) => r.heapAddedKB)) },
      { label: 'floor: Readability parse() (ms)', values: readability },
      { label: 'floor: bare pipeline (ms)', values: bare },
      { label: 'floor: bare pipeline, its one task (ms)', values: nums(ready.map((r) => r.floors?.bareWorkMs)) },
      { label: 'ratio per page, total / bare', values: perPageRatio },
      { label: 'paint: Highlight API + frame (ms)', values: nums(ready.map((r) => r.floors?.highlightPaintMs)) },
      { label: 'paint: <mark> wrapping + frame (ms)', values: nums(ready.map((r) => r.floors?.markPaintMs)) },
    ]),
    `ratio median total / median bare pipeline = ${fmt(ratio, 2)} (target ≤ 1.5); p95 total / p95 bare = ${fmt(p95Ratio, 2)} (target ≤ 2)`,
    `median total / median Readability alone = ${fmt(median(total) / median(readability), 2)} (target ≤ 2.5)`,
    // The analysis runs in the background while the page waits: what the page itself spends is the rest.
    `without the wait for the analysis (total − wait, median) = ${fmt(median(nums(ready.map((r) => (r.totalMs !== null && r.analyzeWaitMs != null ? r.totalMs - r.analyzeWaitMs : null)))))} ms, ` +
      `${fmt(median(nums(ready.map((r) => (r.totalMs !== null && r.analyzeWaitMs != null ? r.totalMs - r.analyzeWaitMs : null)))) / median(bare), 2)} × the bare pipeline`,
    longTaskLine(results),
  ];
  return { lines, ratio, p95Ratio };
}

// A task this long delays input noticeably (the Long Tasks API's threshold, and the issue's target).
const LONG_TASK_MS = 50;

/**
 * Where the long tasks come from: Readability's parse() is one synchronous call that cannot be sliced, so a page
 * on which it alone runs 50 ms or more has a long task in any pipeline that uses it (the bare pipeline too).
 */
function longTaskLine(results: readonly PageResult[]): string {
  const long = results.filter((r) => (r.longTaskMs ?? 0) >= LONG_TASK_MS);
  const parseLong = long.filter((r) => (r.extractSteps?.parse ?? 0) >= LONG_TASK_MS);
  const floorParseLong = long.filter((r) => (r.floors?.readabilityMs ?? 0) >= LONG_TASK_MS);
  const bareTasks = nums(results.map((r) => r.floors?.bareWorkMs));
  return (
    `tasks of ${LONG_TASK_MS} ms or more (target: none) on ${long.length} of ${results.length} pages; on ${parseLong.length} of them our ` +
    `Readability parse() alone (one call) took that long, and on ${floorParseLong.length} Readability alone in the floors run; ` +
    `the bare pipeline (one task) reached it on ${bareTasks.filter((v) => v >= LONG_TASK_MS).length} pages, max ${fmt(bareTasks.length ? Math.max(...bareTasks) : NaN)} ms`
  );
}

/** Pages whose markup change is not explained by the page changing it by itself. */
function ours(rs: readonly PageResult[]): string {
  return rs.filter((r) => !r.changesByItself).map((r) => r.id).join(', ') || 'none';
}

function robustnessLines(results: readonly PageResult[]): string[] {
  const ready = analysed(results);
  const found = ready.reduce((s, r) => s + r.spansFound, 0);
  const painted = ready.reduce((s, r) => s + Math.min(r.rangesPainted, r.spansFound), 0);
  const notArticles = results.filter((r) => r.expectNotArticle);
  const wronglyPainted = notArticles.filter((r) => r.status !== 'not-article' || r.rangesPainted > 0);
  const nonEnglish = ready.filter((r) => r.english === false);
  const lines = [
    `anchored: ${painted} of ${found} spans painted (${fmt((100 * painted) / Math.max(1, found), 2)}%); unanchored reported by the content script: ${ready.reduce((s, r) => s + r.unanchored, 0)}`,
    `not articles (readerable: false): ${notArticles.length}, told "not an article" and unpainted: ${notArticles.length - wronglyPainted.length}` +
      (wronglyPainted.length ? ` — WRONG: ${wronglyPainted.map((r) => `${r.id} (${r.status}, ${r.rangesPainted} ranges)`).join(', ')}` : ''),
    `other pages found not to be articles: ${results.filter((r) => !r.expectNotArticle && r.status === 'not-article').map((r) => r.id).join(', ') || 'none'}`,
    `non-English pages analysed (claims and speakers off, popup says so): ${nonEnglish.map((r) => `${r.id} [${r.lang ?? '?'}]`).join(', ') || 'none'}`,
    `DOM changed by Factmark: ${results.filter((r) => (r.domChangedPainted || r.domChangedRemoved) && !r.changesByItself).length} pages; ` +
      `while painted: ${ours(results.filter((r) => r.domChangedPainted))}; after removal: ${ours(results.filter((r) => r.domChangedRemoved))}`,
    `markup changed by the page itself (a control run without Factmark changed it too; not counted): ${results.filter((r) => r.changesByItself).length} pages: ` +
      `${results.filter((r) => r.changesByItself).map((r) => r.id).join(', ') || 'none'}`,
    `<mark> fallback restored the markup: ${ready.filter((r) => r.floors?.markRestored).length} of ${ready.filter((r) => r.floors).length}`,
  ];
  const skipped = results.filter((r) => r.status === 'skipped');
  if (skipped.length) lines.push(`not measured: ${skipped.map((r) => `${r.id} (${r.message})`).join('; ')}`);
  const errored = results.filter(isError);
  lines.push(
    `errors caused by Factmark (extension script on the stack and not thrown without Factmark, error state, no final state, ranges left): ` +
      `${errored.length} pages${errored.length ? '' : ' (none)'}`,
  );
  for (const r of errored) lines.push(`  ${r.id}: ${r.status === 'timeout' ? 'no final state; ' : ''}${r.errors.join(' | ')}`);
  const noisy = results.filter((r) => r.pageErrors?.length);
  const pageOwn = noisy.reduce((s, r) => s + r.pageErrors!.length, 0);
  const inControl = noisy.reduce((s, r) => s + (r.pageErrorsAlsoInControl ?? 0), 0);
  lines.push(
    `the page's own errors after the trigger (not counted): ${pageOwn} on ${noisy.length} pages, ${inControl} of them thrown again in a ` +
      `control load without Factmark, the rest from the page's scripts with no extension script on the stack`,
  );
  for (const r of noisy) {
    const distinct = [...new Set(r.pageErrors)];
    lines.push(`  ${r.id}: ${r.pageErrors!.length} (${r.pageErrorsAlsoInControl ?? '?'} also without Factmark): ${distinct.slice(0, 3).join(' | ')}${distinct.length > 3 ? ' | …' : ''}`);
  }
  const requested = results.filter((r) => r.requests.length);
  lines.push(`network requests after the trigger: ${requested.length ? '' : 'none'}`);
  for (const r of requested) lines.push(`  ${r.id}: ${r.requests.slice(0, 5).join(', ')}${r.requests.length > 5 ? ', …' : ''}`);
  return lines;
}

export function summarize(
  chromium: readonly PageResult[],
  firefox: readonly PageResult[],
  popup: readonly PopupTiming[],
  sizes: readonly ScriptSize[],
  time: { chromiumSeconds: number; totalSeconds: number },
): BenchSummary {
  const c = browserLines('Chromium', chromium);
  const lines = [...c.lines, '', ...robustnessLines(chromium)];
  if (firefox.length) {
    const f = browserLines('Firefox', firefox);
    lines.push('', ...f.lines, '', ...robustnessLines(firefox));
  }
  lines.push('', ...table([
    { label: 'popup first contentful paint (ms)', values: nums(popup.map((p) => p.firstPaintMs)) },
    { label: 'popup filled with the state (ms)', values: nums(popup.map((p) => p.filledMs)) },
  ]));
  for (const s of sizes) lines.push(`${s.file}: ${(s.bytes / 1024).toFixed(1)} KB, ${(s.gzipBytes / 1024).toFixed(1)} KB gzipped (target ≤ 60 KB)`);
  lines.push(`time: Chromium ${time.chromiumSeconds.toFixed(0)} s, whole bench ${time.totalSeconds.toFixed(0)} s`);

  const ready = analysed(chromium);
  const found = ready.reduce((s, r) => s + r.spansFound, 0);
  const painted = ready.reduce((s, r) => s + Math.min(r.rangesPainted, r.spansFound), 0);
  const total = nums(ready.map((r) => r.totalMs));
  const json: BenchJson = {
    pages: chromium.filter((r) => r.status !== 'skipped').length,
    medianTotalMs: round(median(total)),
    p95TotalMs: round(p95(total)),
    medianFloorMs: round(median(nums(ready.map((r) => r.floors?.bareMs)))),
    ratio: round(c.ratio, 2),
    maxLongTaskMs: round(Math.max(0, ...nums(chromium.map((r) => r.longTaskMs)))),
    anchoredShare: found === 0 ? 1 : round(painted / found, 4),
    errors: chromium.filter(isError).length,
    domChanged: chromium.filter((r) => (r.domChangedPainted || r.domChangedRemoved) && !r.changesByItself).length,
    requests: chromium.reduce((s, r) => s + r.requests.length, 0),
  };
  return { json, lines };
}

export function printReport(summary: BenchSummary, chromium: readonly PageResult[], firefox: readonly PageResult[], perPage: boolean): void {
  const out: string[] = [];
  if (perPage) {
    for (const [name, rs] of [['Chromium', chromium], ['Firefox', firefox]] as const) {
      if (!rs.length) continue;
      out.push(`## ${name}, per page (ms; heap in KB)`);
      out.push(
        [pad('page', 44), lpad('status', 11), lpad('extract', 8), lpad('analyse', 8), lpad('paint', 7), lpad('total', 7), lpad('click', 7),
          lpad('task', 6), lpad('slice', 6), lpad('heapKB', 7), lpad('readab', 7), lpad('bare', 7), lpad('hl', 6), lpad('mark', 6), lpad('spans', 6), lpad('unanch', 7)].join(''),
      );
      for (const r of rs) {
        out.push(
          [pad(r.id.slice(0, 43), 44), lpad(r.status, 11), lpad(fmt(r.extractMs), 8), lpad(fmt(r.analyzeMs), 8), lpad(fmt(r.paintMs), 7),
            lpad(fmt(r.totalMs), 7), lpad(fmt(r.clickToPaintMs), 7), lpad(fmt(r.longTaskMs, 0), 6), lpad(fmt(r.longestSliceMs), 6),
            lpad(fmt(r.heapAddedKB, 0), 7), lpad(fmt(r.floors?.readabilityMs), 7), lpad(fmt(r.floors?.bareMs), 7),
            lpad(fmt(r.floors?.highlightPaintMs), 6), lpad(fmt(r.floors?.markPaintMs), 6), lpad(String(r.spansFound), 6), lpad(String(r.unanchored), 7)].join(''),
        );
      }
      out.push('');
    }
  }
  out.push(...summary.lines);
  process.stdout.write(`${out.join('\n')}\n`);
}
