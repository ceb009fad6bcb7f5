// Splits the content script's work into slices, so the page's own tasks (input, animation, its scripts) run in
// between and no single task of ours holds the main thread for long. A slice is the synchronous work between
// two pauses; the slicer measures each one, and the longest goes into the report's timings.
//
// A pause continues in a new task: scheduler.yield() where the browser has it (Chromium 129+: the continuation
// keeps its place ahead of other queued work, so pausing costs little time), otherwise a MessageChannel message
// (a task with no timer clamp; setTimeout(0) is clamped to 4 ms once nested).

export interface Slicer {
  /** Ends the current slice and starts the next one in a new task. */
  pause(): Promise<void>;
  /** Pauses only when the current slice has run for `budgetMs` (for loops over many small items). */
  pauseIfDue(budgetMs?: number): Promise<void> | null;
  /** Waits for `work` (another process, a message) outside any slice: waiting is not main-thread time. */
  wait<T>(work: Promise<T>): Promise<T>;
  /** Ends the last slice. */
  finish(): void;
  /** The longest slice so far, in ms. */
  readonly longestMs: number;
  /** How many slices have ended. */
  readonly slices: number;
}

// A slice in a loop stops after this long: well under the 50 ms a task may take before it counts as long
// (and delays input noticeably), leaving room for the item that crosses the line.
export const SLICE_BUDGET_MS = 20;

interface SchedulerGlobal {
  scheduler?: { yield?: () => Promise<void> };
  MessageChannel?: typeof MessageChannel;
}

/** A function that resolves in a new task of `win`'s event loop. */
export function newTask(win: Window): () => Promise<void> {
  const g = win as unknown as SchedulerGlobal;
  const schedulerYield = g.scheduler?.yield;
  if (typeof schedulerYield === 'function') return () => schedulerYield.call(g.scheduler);
  const Channel = g.MessageChannel;
  if (typeof Channel === 'function') {
    return () =>
      new Promise<void>((resolve) => {
        const { port1, port2 } = new Channel();
        port1.onmessage = () => {
          port1.close();
          resolve();
        };
        port2.postMessage(null);
      });
  }
  return () => new Promise<void>((resolve) => win.setTimeout(resolve, 0));
}

export function createSlicer(win: Window, now: () => number = () => performance.now()): Slicer {
  const nextTask = newTask(win);
  let sliceStart: number | null = now();
  let longest = 0;
  let slices = 0;

  const end = () => {
    if (sliceStart === null) return;
    longest = Math.max(longest, now() - sliceStart);
    slices++;
    sliceStart = null;
  };
  const begin = () => {
    sliceStart = now();
  };

  const slicer: Slicer = {
    async pause() {
      end();
      await nextTask();
      begin();
    },
    pauseIfDue(budgetMs = SLICE_BUDGET_MS) {
      return sliceStart !== null && now() - sliceStart >= budgetMs ? slicer.pause() : null;
    },
    async wait(work) {
      end();
      try {
        return await work;
      } finally {
        begin();
      }
    },
    finish: end,
    get longestMs() {
      return longest;
    },
    get slices() {
      return slices;
    },
  };
  return slicer;
}
