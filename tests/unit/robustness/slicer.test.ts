// @vitest-environment happy-dom
// The content script's slicer: pauses continue in a new task, and it measures the work between pauses (not
// the waits).
import { describe, expect, it } from 'vitest';
import { createSlicer, newTask } from '@/lib/content/slicer';

/** A clock the test moves by hand. */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('createSlicer', () => {
  it('measures the longest slice between pauses', async () => {
    const clock = fakeClock();
    const slicer = createSlicer(window, clock.now);
    clock.advance(12);
    await slicer.pause();
    clock.advance(30);
    await slicer.pause();
    clock.advance(5);
    slicer.finish();
    expect(slicer.longestMs).toBe(30);
    expect(slicer.slices).toBe(3);
  });

  it('does not count the time spent waiting for other work as a slice', async () => {
    const clock = fakeClock();
    const slicer = createSlicer(window, clock.now);
    clock.advance(4);
    const value = await slicer.wait(new Promise<number>((resolve) => setTimeout(() => (clock.advance(500), resolve(7)), 0)));
    clock.advance(6);
    slicer.finish();
    expect(value).toBe(7);
    expect(slicer.longestMs).toBe(6);
  });

  it('pauses only when the slice has used its budget', async () => {
    const clock = fakeClock();
    const slicer = createSlicer(window, clock.now);
    clock.advance(5);
    expect(slicer.pauseIfDue(20)).toBeNull();
    clock.advance(20);
    const pause = slicer.pauseIfDue(20);
    expect(pause).toBeInstanceOf(Promise);
    await pause;
    expect(slicer.longestMs).toBe(25);
  });

  it('continues in a new task, after every microtask already queued or chained', async () => {
    const order: string[] = [];
    const pause = newTask(window)();
    let chain = Promise.resolve();
    for (let i = 0; i < 5; i++) chain = chain.then(() => void order.push(`microtask ${i}`));
    await pause;
    order.push('after pause');
    expect(order).toEqual(['microtask 0', 'microtask 1', 'microtask 2', 'microtask 3', 'microtask 4', 'after pause']);
  });
});
