// npm run bench: Factmark's content-script pipeline on every page of a saved corpus, in real Chromium (and a
// Firefox sample), against two floors measured on the same pages in the same run. See scripts/bench/README.md.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './bench/args';
import { bundlePageScript } from './bench/bundle-page-script';
import { listCorpus, spreadSample, type CorpusPage } from './bench/corpus';
import { startCorpusServer } from './bench/corpus-server';
import type { PageResult } from './bench/page-result';
import { printReport, summarize } from './bench/summary';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Measured with no extension loaded (tests/e2e/chromium.e2e.ts): the browser's own, not the extension's.
const CHROMIUM_SERVICE_HOSTS = ['update.googleapis.com', 'accounts.google.com'];

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2), REPO_ROOT);
  // The e2e support reads the build location when it is first imported.
  if (args.build) process.env.E2E_OUTPUT_DIR = args.build;
  const { launchChromium } = await import('../tests/e2e/support/chromium');
  const { startCountingProxy } = await import('../tests/e2e/support/counting-proxy');
  const { CHROME_BUILD } = await import('../tests/e2e/support/paths');
  const { runChromium } = await import('./bench/chromium-run');
  const { runFirefox } = await import('./bench/firefox-run');
  const { measurePopup } = await import('./bench/popup-render');
  const { contentScriptSize } = await import('./bench/bundle-size');

  let pages: CorpusPage[] = args.corpus.flatMap((dir) => listCorpus(dir));
  if (args.only.length) pages = pages.filter((p) => args.only.some((s) => p.id.includes(s)));
  if (args.limit !== null) pages = spreadSample(pages, args.limit);
  if (pages.length === 0) throw new Error(`no pages (folders with a source.html) under ${args.corpus.join(', ')}`);

  const log = (line: string) => process.stderr.write(`${line}\n`);
  const [probesScript, floorsScript] = await Promise.all([bundlePageScript('probes'), bundlePageScript('floors')]);
  const server = await startCorpusServer(pages);
  const proxy = await startCountingProxy([server.origin]);
  // One folder per run: two benches at once (two builds compared side by side) must not share a profile.
  const profiles = path.join(REPO_ROOT, 'test-results/bench-profiles', String(process.pid));
  rmSync(profiles, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });

  const started = Date.now();
  log(`bench: ${pages.length} pages in Chromium (build ${CHROME_BUILD})`);
  const chromium = await launchChromium({ profileDir: path.join(profiles, 'chromium'), proxyPort: proxy.port });
  let results: PageResult[];
  let popup;
  try {
    results = await runChromium(pages, {
      chromium,
      server,
      proxy,
      probesScript,
      floorsScript: args.floors ? floorsScript : null,
      browserServiceHosts: CHROMIUM_SERVICE_HOSTS,
      onPage: (r, i) => log(`  [${i + 1}/${pages.length}] ${r.id}: ${r.status} ${r.totalMs ?? '–'} ms`),
    });
    popup = await measurePopup(chromium, server, spreadSample(pages.filter((p) => p.readerable !== false), args.popup));
  } finally {
    await chromium.close().catch(() => undefined);
  }
  const chromiumSeconds = (Date.now() - started) / 1000;

  let firefox: PageResult[] = [];
  if (args.firefox > 0) {
    const sample = spreadSample(pages, args.firefox);
    log(`bench: ${sample.length} pages in Firefox`);
    firefox = await runFirefox(sample, {
      profileDir: path.join(profiles, 'firefox'),
      server,
      proxy,
      probesScript,
      floorsScript: args.floors ? floorsScript : null,
      onPage: (r, i) => log(`  [${i + 1}/${sample.length}] ${r.id}: ${r.status} ${r.totalMs ?? '–'} ms`),
    });
  }
  await proxy.close();
  await server.close();
  rmSync(profiles, { recursive: true, force: true });

  const size = contentScriptSize(CHROME_BUILD);
  const summary = summarize(results, firefox, popup, size, { chromiumSeconds, totalSeconds: (Date.now() - started) / 1000 });
  printReport(summary, results, firefox, args.perPage);
  if (args.json) process.stdout.write(`${JSON.stringify(summary.json)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
