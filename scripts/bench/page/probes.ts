// Probes the bench runs in an article page's main world. Bundled by esbuild and installed before any page
// script (an init script), they live on window.__factmarkProbes; the bench calls them by name. (Functions
// serialised by the test runner would not do: tsx compiles them with helpers that do not exist in a page.)
// The highlight registry and the performance timeline belong to the document, so the page's world sees what
// the content script does in its isolated world.

interface BenchWindow {
  __benchPerf?: {
    long: { start: number; duration: number }[];
    loaf: { start: number; duration: number; ours: number; blocking: number | null; scripts: string[] }[];
  };
  __benchPainted?: Promise<number | null>;
}

/**
 * Installed before any page script (addInitScript): long tasks and long animation frames, kept on window.
 * A long animation frame lists the scripts that ran in it with their source URL, which tells the extension's
 * own work ("chrome-extension://…/content-scripts/…") from the page's.
 */
function installPerfObservers(): void {
  const w = window as unknown as BenchWindow;
  const perf = (w.__benchPerf = { long: [], loaf: [] } as NonNullable<BenchWindow['__benchPerf']>);
  const types = (PerformanceObserver as unknown as { supportedEntryTypes?: string[] }).supportedEntryTypes ?? [];
  if (types.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.long.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  }
  if (types.includes('long-animation-frame')) {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        const scripts = (e as unknown as { scripts?: { sourceURL?: string; duration: number }[] }).scripts ?? [];
        const ours = scripts
          .filter((s) => /^(chrome|moz)-extension:/.test(s.sourceURL ?? ''))
          .reduce((sum, s) => sum + s.duration, 0);
        // The frame's work before rendering: its tasks (a bound on the longest of them), not style and layout.
        const renderStart = (e as unknown as { renderStart?: number }).renderStart ?? 0;
        const work = renderStart > e.startTime ? renderStart - e.startTime : e.duration;
        // For BENCH_DEBUG: what ran in the frame, longest first (invoker, source, duration).
        const listed = [...scripts]
          .sort((a, b) => b.duration - a.duration)
          .slice(0, 4)
          .map((s) => {
            const x = s as { invoker?: string; sourceURL?: string; duration: number };
            return `${x.invoker ?? '?'} ${(x.sourceURL ?? '').replace(/^.*\//, '')} ${Math.round(x.duration)}`;
          });
        // blockingDuration sums, over the frame's tasks, what each ran past 50 ms (the rendering counted with the
        // longest): 0 means no task of the frame was long, however many short ones ran back to back in it.
        const blocking = (e as unknown as { blockingDuration?: number }).blockingDuration ?? null;
        perf.loaf.push({ start: e.startTime, duration: work, ours, blocking, scripts: listed });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  }
}

export interface PerfWindow {
  /**
   * Longest task in the window: a long task's duration, or a long animation frame's work before rendering
   * (an upper bound on its longest task). 0 when nothing passed the APIs' 50 ms reporting threshold.
   */
  longTaskMs: number;
  longTasks: number;
  /** Longest script time of the extension inside one animation frame (0 when none was reported). */
  ownScriptMs: number;
  /** False where the browser reports neither long tasks nor long animation frames (Firefox). */
  supported: boolean;
  /** The long animation frames of the window, each "duration: the scripts that ran in it" (for BENCH_DEBUG). */
  frames: string[];
}

function perfSince(from: number): PerfWindow {
  const perf = (window as unknown as BenchWindow).__benchPerf;
  const long = (perf?.long ?? []).filter((e) => e.start >= from);
  const loaf = (perf?.loaf ?? []).filter((e) => e.start + e.duration >= from);
  const types = (PerformanceObserver as unknown as { supportedEntryTypes?: string[] }).supportedEntryTypes ?? [];
  // Long tasks are not reported for every task an extension runs in the page (its message handlers, for one);
  // long animation frames are, so the longest of either counts. A frame holds every task that ran before its
  // rendering: one whose blockingDuration is 0 had no long task (its work may still add up to more than 50 ms
  // of short tasks, e.g. slices that yielded with no frame due), and one with a long task counts all its work.
  const framesWithLongTask = loaf.filter((e) => e.blocking === null || e.blocking > 0);
  return {
    longTaskMs: Math.max(
      long.reduce((m, e) => Math.max(m, e.duration), 0),
      framesWithLongTask.reduce((m, e) => Math.max(m, e.duration), 0),
    ),
    longTasks: long.length,
    ownScriptMs: loaf.reduce((m, e) => Math.max(m, e.ours), 0),
    supported: types.includes('longtask') || types.includes('long-animation-frame'),
    frames: [
      ...long.map((e) => `longtask ${Math.round(e.start - from)}+${Math.round(e.duration)}`),
      ...loaf.map((e) => `frame ${Math.round(e.start - from)}+${Math.round(e.duration)} blocking ${e.blocking ?? '?'}: ${e.scripts.join(' | ')}`),
    ],
  };
}

/** Length and FNV-1a hash of the whole document's markup: "painting changed not one character". */
function markupFingerprint(): string {
  const s = document.documentElement.outerHTML;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `${s.length}:${(h >>> 0).toString(16)}`;
}

/** performance.now() in the page, after two frames: the page has settled before the trigger. */
function settledNow(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))));
}

/**
 * Starts watching for Factmark's highlights to appear in the registry; the promise on window resolves with the
 * time the frame that shows them has been produced (the rAF that sees them, then the task after it), or null
 * after `timeoutMs`. Returns the start time.
 */
function watchForPaint(timeoutMs: number): number {
  const w = window as unknown as BenchWindow;
  const start = performance.now();
  w.__benchPainted = new Promise((resolve) => {
    const ours = () => {
      let found = false;
      CSS.highlights.forEach((_h, name) => {
        if (name.startsWith('factmark-')) found = true;
      });
      return found;
    };
    const tick = () => {
      if (ours()) {
        setTimeout(() => resolve(performance.now()), 0);
        return;
      }
      if (performance.now() - start > timeoutMs) resolve(null);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  return start;
}

/** The watcher's time, or null if it has seen nothing within `graceMs`. */
function paintedAt(graceMs: number): Promise<number | null> {
  const seen = (window as unknown as BenchWindow).__benchPainted ?? Promise.resolve(null);
  return Promise.race([seen, new Promise<null>((resolve) => setTimeout(() => resolve(null), graceMs))]);
}

function nowInPage(): number {
  return performance.now();
}

/** Ranges in Factmark's registered highlights (names "factmark-…"), summed. */
function factmarkRangeCount(): number {
  let n = 0;
  CSS.highlights.forEach((h, name) => {
    if (name.startsWith('factmark-')) n += h.size;
  });
  return n;
}

export const probes = { perfSince, markupFingerprint, settledNow, watchForPaint, paintedAt, nowInPage, factmarkRangeCount };
export type Probes = typeof probes;

installPerfObservers();
(window as unknown as { __factmarkProbes: Probes }).__factmarkProbes = probes;
