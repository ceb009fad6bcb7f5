// Calls a page probe (page/probes.ts) by name in the page's main world, from Playwright or Puppeteer.
import type { Probes } from './page/probes';

export interface Evaluates {
  // Both drivers take a function and one serialisable argument.
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export function probe<K extends keyof Probes>(page: Evaluates, name: K, ...args: Parameters<Probes[K]>): Promise<Awaited<ReturnType<Probes[K]>>> {
  return page.evaluate(
    ({ n, a }: { n: string; a: unknown[] }) =>
      (window as unknown as { __factmarkProbes: Record<string, (...x: unknown[]) => unknown> }).__factmarkProbes[n]!(...a),
    { n: name, a: args as unknown[] },
  ) as Promise<Awaited<ReturnType<Probes[K]>>>;
}
