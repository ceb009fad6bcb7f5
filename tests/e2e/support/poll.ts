// Waits for a condition in a browser, with the last value seen in the error so a timeout explains itself.
export interface PollOptions {
  timeout?: number;
  interval?: number;
  /** "the popup to show 7 key points": completes "timed out waiting for …". */
  what: string;
}

export async function poll<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  { timeout = 15_000, interval = 100, what }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let last: T | undefined;
  for (;;) {
    last = await probe();
    if (done(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)?.slice(0, 500)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}
