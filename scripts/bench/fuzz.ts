// npm run fuzz: 1,000 generated hostile documents (tests/unit/fuzz/hostile-documents.ts, seeds 0…999) through
// the analyser in Node and through the content pipeline in real Chromium with the built extension, each judged
// against the issue's 1 s. See scripts/bench/README.md.
//
//   npm run fuzz [-- --count N] [--from SEED] [--kind KIND] [--mutating] [--workers N] [--build DIR]
//                [--no-browser] [--parallel] [--happy-dom] [--json] [--results FILE]
//   npm run fuzz -- --write-corpus DIR [--count N]   the documents as a corpus for `npm run bench -- --corpus DIR`
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { HOSTILE_KINDS, hostileDocument, hostileKind, hostileMutates, type HostileKind } from '../../tests/unit/fuzz/hostile-documents';
import type { FuzzResult } from './fuzz-worker';
import type { BrowserResult } from './fuzz/chromium-run';
import { exitCodeOf, judge, MAX_MS_PER_DOCUMENT, measuredMs, summaryLines, type FuzzOutcome } from './fuzz/summary';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Far past the limit: a document that has used this much CPU in Node is not slow, it is stuck. Counted in the
// worker's CPU time where the system tells it (Linux /proc), because on a shared two-core machine under load a
// 4-second document can take over 30 s of wall time while it waits for a core.
const HANG_MS = 30_000;
// Wall time after which a document is stuck whatever its CPU time says (it may be blocked, not computing).
const HANG_WALL_MS = 10 * 60_000;
// How often the watchdog reads the worker's CPU time.
const WATCH_EVERY_MS = 1_000;
// Documents per worker: a fresh worker now and then keeps the DOM libraries' leaks in check.
const PER_WORKER = 50;

/** CPU milliseconds the process has used (user + system), or null where /proc is not there to read it. */
function processCpuMs(pid: number | undefined): number | null {
  if (pid === undefined) return null;
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th
    // and 13th, in clock ticks of 1/100 s on Linux.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(')').at(-1)!.trim().split(/\s+/);
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

const USAGE =
  'usage: npm run fuzz -- [--count N] [--from SEED] [--kind KIND] [--mutating] [--workers N] [--build DIR] [--no-browser] [--parallel] [--happy-dom] [--json] [--results FILE] | --write-corpus DIR';

export function parseFuzzArgs(argv: string[]) {
  const args = {
    count: 1000,
    from: 0,
    kind: null as HostileKind | null,
    mutating: false,
    // Node worker processes at a time; each document's CPU time is its own process's, so two at once do not change
    // the figures. The browser run is always one page at a time: its times are wall-clock.
    workers: 1,
    build: null as string | null,
    browser: true,
    parallel: false,
    happyDom: false,
    json: false,
    results: null as string | null,
    writeCorpus: null as string | null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value; ${USAGE}`);
      return v;
    };
    if (a === '--count') args.count = Number(next());
    else if (a === '--from') args.from = Number(next());
    else if (a === '--kind') {
      const k = next();
      if (!(HOSTILE_KINDS as readonly string[]).includes(k)) throw new Error(`--kind takes one of ${HOSTILE_KINDS.join(', ')}`);
      args.kind = k as HostileKind;
    } else if (a === '--mutating') args.mutating = true;
    else if (a === '--workers') args.workers = Number(next());
    else if (a === '--build') args.build = path.resolve(next());
    else if (a === '--no-browser') args.browser = false;
    else if (a === '--parallel') args.parallel = true;
    else if (a === '--happy-dom') args.happyDom = true;
    else if (a === '--json') args.json = true;
    else if (a === '--results') args.results = path.resolve(next());
    else if (a === '--write-corpus') args.writeCorpus = next();
    else throw new Error(`unknown argument ${a}; ${USAGE}`);
  }
  if (!Number.isInteger(args.count) || !Number.isInteger(args.from) || args.count < 1 || args.from < 0) {
    throw new Error('--count takes a whole number from 1, --from one from 0');
  }
  if (!Number.isInteger(args.workers) || args.workers < 1) throw new Error('--workers takes a whole number from 1');
  return args;
}

/** The seeds a run covers: `count` consecutive seeds from `from`, then only one kind or the mutating ones if asked. */
export function seedsOf(args: { count: number; from: number; kind: HostileKind | null; mutating: boolean }): number[] {
  return Array.from({ length: args.count }, (_, i) => args.from + i)
    .filter((seed) => args.kind === null || hostileKind(seed) === args.kind)
    .filter((seed) => !args.mutating || hostileMutates(seed));
}

interface NodeOutcome {
  results: FuzzResult[];
  hangs: number[];
  crashes: { seed: number; error: string }[];
}

/** Runs `seeds` in one child process; resolves with the seeds it did not get to (after a hang or a crash). */
function runWorker(seeds: number[], happyDom: boolean, out: NodeOutcome, onResult: (r: FuzzResult) => void): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./fuzz-worker.ts', import.meta.url)), [JSON.stringify(seeds), happyDom ? 'happy-dom' : 'node'], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-2000)));
    let current: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const done = new Set<number>();
    child.on('message', (m: { started?: number; result?: FuzzResult }) => {
      if (m.started !== undefined) {
        const seed = m.started;
        current = seed;
        clearInterval(timer);
        const wall0 = Date.now();
        const cpu0 = processCpuMs(child.pid);
        timer = setInterval(() => {
          const cpu = processCpuMs(child.pid);
          const spent = cpu !== null && cpu0 !== null ? cpu - cpu0 : Date.now() - wall0;
          if (spent < HANG_MS && Date.now() - wall0 < HANG_WALL_MS) return;
          clearInterval(timer);
          out.hangs.push(seed);
          done.add(seed);
          child.kill('SIGKILL');
        }, WATCH_EVERY_MS);
      } else if (m.result) {
        clearInterval(timer);
        done.add(m.result.seed);
        current = null;
        onResult(m.result);
      }
    });
    child.on('exit', (code) => {
      clearInterval(timer);
      if (current !== null && !done.has(current)) {
        // The process died inside a document: that document crashed it.
        out.crashes.push({ seed: current, error: `exit ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`.slice(0, 300) });
        done.add(current);
      } else if (done.size === 0 && seeds.length) {
        // It never got to a document: nothing will go better on a retry.
        reject(new Error(`the fuzz worker exited before its first document (code ${code}): ${stderr.slice(-1000)}`));
        return;
      }
      resolve(seeds.filter((s) => !done.has(s)));
    });
  });
}

async function runNode(seeds: number[], workers: number, happyDom: boolean, log: (line: string) => void): Promise<NodeOutcome> {
  const out: NodeOutcome = { results: [], hangs: [], crashes: [] };
  const queue = [...seeds];
  const onResult = (r: FuzzResult) => {
    out.results.push(r);
    if (process.env.FUZZ_VERBOSE) log(`  Node seed ${r.seed} ${r.kind}: analysis ${r.node.analyseCpuMs?.toFixed(0) ?? '–'} / text ${r.node.textCpuMs.toFixed(0)} ms CPU`);
    else if (out.results.length % 100 === 0) log(`  Node: ${out.results.length}/${seeds.length} documents`);
  };
  // Each lane takes the next batch; the seeds a worker did not get to (after a hang or a crash) go back first.
  const lane = async () => {
    while (queue.length) {
      const unfinished = await runWorker(queue.splice(0, PER_WORKER), happyDom, out, onResult);
      queue.unshift(...unfinished);
    }
  };
  await Promise.all(Array.from({ length: workers }, lane));
  out.results.sort((a, b) => a.seed - b.seed);
  return out;
}

async function runBrowser(seeds: number[], build: string | null, log: (line: string) => void) {
  // The e2e support reads the build location when it is first imported.
  if (build) process.env.E2E_OUTPUT_DIR = build;
  const { launchChromium } = await import('../../tests/e2e/support/chromium');
  const { CHROME_BUILD } = await import('../../tests/e2e/support/paths');
  const { bundlePageScript } = await import('./bundle-page-script');
  const { startHostileServer } = await import('./fuzz/hostile-server');
  const { runHostileInChromium } = await import('./fuzz/chromium-run');
  const profile = path.join(REPO_ROOT, 'test-results/fuzz-profiles', String(process.pid));
  rmSync(profile, { recursive: true, force: true });
  mkdirSync(profile, { recursive: true });
  log(`fuzz: ${seeds.length} documents in Chromium (build ${CHROME_BUILD})`);
  const server = await startHostileServer();
  const chromium = await launchChromium({ profileDir: profile });
  let done = 0;
  const onResult = (r: BrowserResult) => {
    done++;
    const steps = process.env.FUZZ_VERBOSE
      ? ` [wall ${r.wallMs}, load ${r.loadMs}, extract ${r.extractMs} (${r.extractSteps ?? '–'}), analysis ${r.analyzeMs} of wait ${r.analyzeWaitMs}, paint ${r.paintMs} (script ${r.paintScriptMs})]`
      : '';
    const line = `seed ${r.seed} ${r.kind}: ${r.status} ${r.totalMs?.toFixed(0) ?? '–'} ms wall, ${r.cpuMs?.toFixed(0) ?? '–'} ms CPU${steps}${r.failures.length ? ` (${r.failures.join(' | ')})` : ''}`;
    if (process.env.FUZZ_VERBOSE || r.failures.length || (measuredMs(r) ?? 0) > MAX_MS_PER_DOCUMENT) log(`  Chromium ${line}`);
    if (!process.env.FUZZ_VERBOSE && done % 100 === 0) log(`  Chromium: ${done}/${seeds.length} documents`);
  };
  try {
    await chromium.context.addInitScript({ content: await bundlePageScript('probes') });
    const results = await runHostileInChromium(seeds, { chromium, server, onResult });
    // A document over the limit is measured once more, at the end: on a shared machine a single slow
    // measurement may be another process's doing. The lower of the two counts.
    const slow = results.filter((r) => (measuredMs(r) ?? 0) > MAX_MS_PER_DOCUMENT).map((r) => r.seed);
    if (slow.length) log(`fuzz: measuring ${slow.length} documents over ${MAX_MS_PER_DOCUMENT} ms again`);
    const again = slow.length ? await runHostileInChromium(slow, { chromium, server, onResult, again: true }) : [];
    return { results, retries: new Map(again.map((r) => [r.seed, r])) };
  } finally {
    await chromium.close().catch(() => undefined);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = parseFuzzArgs(process.argv.slice(2));
  const seeds = seedsOf(args);
  if (args.writeCorpus) {
    for (const seed of seeds) {
      const doc = hostileDocument(seed);
      const dir = path.join(args.writeCorpus, `${String(seed).padStart(4, '0')}-${doc.kind}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'source.html'), doc.html || '<!DOCTYPE html><title>empty</title>');
    }
    process.stdout.write(`wrote ${seeds.length} hostile pages to ${args.writeCorpus}\n`);
    return;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  log(`fuzz: ${seeds.length} documents through the analyser in Node (${args.workers} worker${args.workers > 1 ? 's' : ''}${args.happyDom ? ', with the happy-dom pipeline' : ''})`);
  const t0 = Date.now();
  const timed = async <T>(work: Promise<T>) => {
    const value = await work;
    return { value, seconds: (Date.now() - t0) / 1000 };
  };
  // --parallel: the Node part alongside the browser's, for a shorter run; its CPU times do not change, and the
  // browser's documents are judged on the lower of wall and CPU time (./fuzz/summary.ts).
  const nodeRun = timed(runNode(seeds, args.workers, args.happyDom, log));
  // Awaited below; meanwhile a failure must not count as unhandled.
  nodeRun.catch(() => undefined);
  if (!args.parallel) await nodeRun;
  const load0 = loadavg()[0]!;
  const t1 = Date.now();
  const browser = args.browser ? await runBrowser(seeds, args.build, log) : { results: [], retries: new Map<number, BrowserResult>() };
  const browserSeconds = (Date.now() - t1) / 1000;
  const load1 = loadavg()[0]!;
  const node = await nodeRun;
  const outcome: FuzzOutcome = {
    seeds,
    node: node.value.results,
    nodeHangs: node.value.hangs,
    nodeCrashes: node.value.crashes,
    browser: browser.results,
    browserRetries: browser.retries,
    seconds: { node: node.seconds, browser: browserSeconds },
    load: args.browser ? { start: load0, end: load1 } : undefined,
    cores: availableParallelism(),
  };
  if (args.results) {
    // One JSON line per document: what Node and the browser measured, and the browser's second measurement.
    const bySeed = (rs: { seed: number }[]) => new Map(rs.map((r) => [r.seed, r]));
    const [nodeBy, browserBy] = [bySeed(outcome.node), bySeed(outcome.browser)];
    const lines = seeds.map((seed) => JSON.stringify({ seed, node: nodeBy.get(seed) ?? null, browser: browserBy.get(seed) ?? null, again: outcome.browserRetries.get(seed) ?? null }));
    writeFileSync(args.results, `${lines.join('\n')}\n`);
  }
  const verdict = judge(outcome);
  process.stdout.write(`${summaryLines(outcome, verdict).join('\n')}\n`);
  if (args.json) process.stdout.write(`${JSON.stringify(verdict)}\n`);
  process.exitCode = exitCodeOf(verdict);
}

// Imported by its tests for parseFuzzArgs and seedsOf; run as a script, it runs.
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(2);
  });
}
