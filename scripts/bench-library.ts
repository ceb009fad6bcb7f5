// npm run bench:library: the library page with thousands of saved articles, in real Chromium with the built
// extension. It fills the library through the page's own import (a generated backup, scripts/bench-library/
// fixture.ts), then times (1) opening the library: from the page's navigation to its first results on screen,
// over several loads; (2) searching: from the last keystroke of each of a fixed set of queries, typed for
// real, to its results (titles and snippets) on screen. Times come from the page's own User Timing measures
// ('factmark:results', entrypoints/library/App.tsx). With --json the last line is {articles, openMs, searchMs}:
// the median open and the median over the queries.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { parseArgs } from './bench-library/args';
import { fixtureBackup } from './bench-library/fixture';

/** Typed as a reader would look things up: names, a name in another spelling, topics, prefixes, two words. */
export const QUERIES = ['lavrov', 'sergei lav', 'sanctions', 'ukr', 'rubio secretary', 'four hours', 'embassy staff', 'nato troops', 'riyadh talks', 'zel'];
// A brisk typist: a key every 80 ms.
const KEY_DELAY_MS = 80;
// Generated fixtures change only with the generator: bump to regenerate cached files.
const FIXTURE_VERSION = 2;

interface ResultsMeasure {
  duration: number;
  text: string;
  count: number;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

async function measures(page: Page): Promise<ResultsMeasure[]> {
  return page.evaluate(() =>
    performance.getEntriesByName('factmark:results').map((m) => {
      const detail = (m as PerformanceMeasure).detail as { text: string; count: number };
      return { duration: m.duration, text: detail.text, count: detail.count };
    }),
  );
}

/** The latest results measure for `text`, once there is one newer than `after` measures. */
async function waitForResults(page: Page, text: string, after: number, timeoutMs = 30_000): Promise<ResultsMeasure> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const all = await measures(page);
    const found = all.slice(after).filter((m) => m.text === text);
    if (found.length) return found.at(-1)!;
    if (Date.now() > deadline) throw new Error(`no results for "${text}" within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.build) process.env.E2E_OUTPUT_DIR = args.build;
  const { launchChromium } = await import('../tests/e2e/support/chromium');
  const log = (line: string) => process.stderr.write(`${line}\n`);

  mkdirSync(args.workDir, { recursive: true });
  const fixture = path.join(args.workDir, `library-${args.articles}-v${FIXTURE_VERSION}.json`);
  if (!existsSync(fixture)) {
    const t0 = performance.now();
    writeFileSync(fixture, JSON.stringify(fixtureBackup(args.articles)));
    log(`generated ${args.articles} articles in ${Math.round(performance.now() - t0)} ms: ${fixture}`);
  }
  const profileDir = path.join(args.workDir, `profile-${args.articles}`);
  const filledMark = path.join(args.workDir, `profile-${args.articles}.filled`);
  const reuse = args.reuse && existsSync(filledMark) && existsSync(profileDir);
  if (!reuse) {
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(filledMark, { force: true });
  }
  const ext = await launchChromium({ profileDir });
  try {
    if (!reuse) {
      const page = await ext.openExtensionPage('library.html');
      await page.waitForSelector('[data-testid="empty"]');
      const t0 = performance.now();
      await page.setInputFiles('[data-testid="import-file"]', fixture);
      const status = await page.waitForFunction(() => {
        const text = document.querySelector('[data-testid="import-status"], [data-testid="error"]')?.textContent ?? '';
        return text.startsWith('Imported:') || document.querySelector('[data-testid="error"]') ? text : null;
      }, undefined, { timeout: 30 * 60_000, polling: 500 });
      const text = (await status.jsonValue()) as string;
      if (!text.startsWith('Imported:')) throw new Error(`import failed: ${text}`);
      log(`filled the library through its import in ${Math.round((performance.now() - t0) / 1000)} s: ${text}`);
      writeFileSync(filledMark, readFileSync(fixture).length.toString());
      await page.close();
    } else {
      log(`reusing the filled profile ${profileDir}`);
    }

    // An extension page opens through CDP (a tab's goto cannot reach it); the later loads are reloads.
    const page = await ext.openExtensionPage('library.html');
    const opens: number[] = [];
    for (let i = 0; i < args.opens; i++) {
      if (i > 0) await page.reload();
      const first = await waitForResults(page, '', 0);
      if (first.count !== args.articles) throw new Error(`the library lists ${first.count} articles, not ${args.articles}`);
      const rows = await page.locator('[data-testid="result"]').count();
      opens.push(first.duration);
      log(`open ${i + 1}: ${round(first.duration)} ms to ${rows} rows of ${first.count} articles`);
    }
    await page.screenshot({ path: path.join(args.workDir, 'library-open.png') });

    const searches: number[] = [];
    for (const query of QUERIES) {
      const input = page.locator('[data-testid="search"]');
      await input.fill('');
      await waitForResults(page, '', 0);
      const before = (await measures(page)).length;
      await input.pressSequentially(query, { delay: KEY_DELAY_MS });
      const result = await waitForResults(page, query, before);
      // Later emissions for the same text (none expected: nothing writes meanwhile) would be newer answers.
      searches.push(result.duration);
      log(`search "${query}": ${round(result.duration)} ms, ${result.count} articles`);
    }
    await page.screenshot({ path: path.join(args.workDir, 'library-search.png') });

    const summary = { articles: args.articles, openMs: round(median(opens)), searchMs: round(median(searches)) };
    log(`open: median ${summary.openMs} ms (max ${round(Math.max(...opens))}); search: median ${summary.searchMs} ms (max ${round(Math.max(...searches))}) over ${QUERIES.length} queries`);
    if (args.json) process.stdout.write(`${JSON.stringify(summary)}\n`);
    else process.stdout.write(`articles ${summary.articles}  open ${summary.openMs} ms  search ${summary.searchMs} ms (medians)\n`);
  } finally {
    await ext.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exit(1);
});
