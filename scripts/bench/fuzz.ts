// npm run fuzz: the hostile document generator (tests/unit/fuzz) at full size, 1,000 documents by default,
// through the analyser and the content pipeline, with a summary per kind. A document that takes longer
// than HANG_MS is a hang: its worker process is stopped and the run goes on from the next seed.
//
//   npm run fuzz [-- --count N] [--from SEED] [--workers N] [--mutating] [--json]
//   (--mutating: only the seeds whose page edits its article while Factmark works)
//   npm run fuzz -- --write-corpus DIR [--count N]   writes the documents as a corpus for `npm run bench -- --corpus DIR`
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HOSTILE_KINDS, hostileDocument, hostileMutates } from '../../tests/unit/fuzz/hostile-documents';
import { contentLimitMs, MAX_MS_PER_DOCUMENT } from '../../tests/unit/fuzz/run-hostile';
import type { PathResult } from '../../tests/unit/fuzz/run-hostile';
import type { FuzzResult } from './fuzz-worker';
import { fmt, median, percentile } from './stats';

// Far past the limit: a document that has used this much CPU is not slow, it is stuck. Counted in the worker's
// CPU time where the system tells it (Linux /proc), because on a shared two-core machine under load a
// 4-second document can take over 30 s of wall time while it waits for a core.
const HANG_MS = 30_000;
// Wall time after which a document is stuck whatever its CPU time says (it may be blocked, not computing).
const HANG_WALL_MS = 10 * 60_000;
// How often the watchdog reads the worker's CPU time.
const WATCH_EVERY_MS = 1_000;

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
// Documents per worker: a fresh worker now and then keeps the DOM library's leaks in check.
const PER_WORKER = 50;

function parse(argv: string[]) {
  // workers: child processes at a time. Each document's limit is checked on its own process's CPU time, so
  // running two at once does not change the figures, only how long the 1,000 take on a shared machine.
  const args = { count: 1000, from: 0, workers: 1, mutating: false, json: false, writeCorpus: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--count') args.count = Number(argv[++i]);
    else if (a === '--from') args.from = Number(argv[++i]);
    else if (a === '--workers') args.workers = Number(argv[++i]);
    else if (a === '--mutating') args.mutating = true;
    else if (a === '--json') args.json = true;
    else if (a === '--write-corpus') args.writeCorpus = argv[++i] ?? null;
    else throw new Error(`unknown argument ${a}; usage: npm run fuzz -- [--count N] [--from SEED] [--workers N] [--mutating] [--json]`);
  }
  if (!Number.isInteger(args.count) || !Number.isInteger(args.from)) throw new Error('--count and --from take whole numbers');
  if (!Number.isInteger(args.workers) || args.workers < 1) throw new Error('--workers takes a whole number from 1');
  return args;
}

const paths = (r: FuzzResult) => [r.analyser, r.text, r.content];
const failuresOf = (r: FuzzResult) => paths(r).flatMap((p) => p.failures);

interface Outcome {
  results: FuzzResult[];
  hangs: number[];
  crashes: { seed: number; error: string }[];
}

/** Runs `seeds` in one child process; resolves with the seeds it did not get to (after a hang or a crash). */
function runWorker(seeds: number[], out: Outcome, onResult: (r: FuzzResult) => void): Promise<number[]> {
  return new Promise((resolve) => {
    const child = fork(fileURLToPath(new URL('./fuzz-worker.ts', import.meta.url)), [JSON.stringify(seeds)], {
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
        throw new Error(`the fuzz worker exited before its first document (code ${code}): ${stderr.slice(-1000)}`);
      }
      resolve(seeds.filter((s) => !done.has(s)));
    });
  });
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const seeds = Array.from({ length: args.count }, (_, i) => args.from + i).filter((seed) => !args.mutating || hostileMutates(seed));
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
  const out: Outcome = { results: [], hangs: [], crashes: [] };
  const started = Date.now();
  const queue = [...seeds];
  const onResult = (r: FuzzResult) => {
    out.results.push(r);
    if (process.env.FUZZ_VERBOSE) process.stderr.write(`  seed ${r.seed} ${r.kind}: ${paths(r).map((p) => p.cpuMs.toFixed(0)).join(' / ')} ms\n`);
    else if (out.results.length % 100 === 0) process.stderr.write(`  ${out.results.length}/${seeds.length} documents\n`);
  };
  // Each lane takes the next batch; the seeds a worker did not get to (after a hang or a crash) go back first.
  const lane = async () => {
    while (queue.length) {
      const unfinished = await runWorker(queue.splice(0, PER_WORKER), out, onResult);
      queue.unshift(...unfinished);
    }
  };
  await Promise.all(Array.from({ length: args.workers }, lane));
  out.results.sort((a, b) => a.seed - b.seed);

  const lines: string[] = [];
  const failed = out.results.filter((r) => failuresOf(r).length);
  const overSecond = out.results.filter((r) => paths(r).some((p) => p.cpuMs > MAX_MS_PER_DOCUMENT));
  const slow = out.results.filter(
    (r) => r.analyser.cpuMs > MAX_MS_PER_DOCUMENT || r.text.cpuMs > MAX_MS_PER_DOCUMENT || r.content.cpuMs > contentLimitMs(r.kind),
  );
  lines.push(`fuzz: ${out.results.length} hostile documents (seeds ${args.from}…${args.from + args.count - 1}${args.mutating ? ', the mutating ones' : ''}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  lines.push('CPU ms per document, median / max, for each way in: the page through the analyser (linkedom), its text');
  lines.push('through the text analyser, and the page through the content pipeline (happy-dom page session, run and cleared)');
  const cell = (xs: number[]) => `${fmt(median(xs), 0)} / ${fmt(Math.max(...xs), 0)}`.padStart(16);
  lines.push(`${'kind'.padEnd(20)}${'docs'.padStart(6)}${'page'.padStart(16)}${'text'.padStart(16)}${'content'.padStart(16)}${'failed'.padStart(8)}`);
  for (const kind of HOSTILE_KINDS) {
    const rs = out.results.filter((r) => r.kind === kind);
    if (!rs.length) continue;
    lines.push(
      `${kind.padEnd(20)}${String(rs.length).padStart(6)}${cell(rs.map((r) => r.analyser.cpuMs))}${cell(rs.map((r) => r.text.cpuMs))}` +
        `${cell(rs.map((r) => r.content.cpuMs))}${String(rs.filter((r) => failed.includes(r)).length).padStart(8)}`,
    );
  }
  const all = out.results.flatMap((r) => paths(r).map((p) => p.cpuMs));
  const wall = out.results.flatMap((r) => paths(r).map((p) => p.ms));
  lines.push(`per document and way in, CPU ms: median ${fmt(median(all), 0)}, p99 ${fmt(percentile(all, 99), 0)}, max ${fmt(Math.max(...all), 0)} (limit ${MAX_MS_PER_DOCUMENT}); wall ms: median ${fmt(median(wall), 0)}, max ${fmt(Math.max(...wall), 0)}`);
  const overIn = (pick: (r: FuzzResult) => PathResult) => overSecond.filter((r) => pick(r).cpuMs > MAX_MS_PER_DOCUMENT).length;
  lines.push(
    `crashes: ${out.crashes.length}, hangs: ${out.hangs.length}, failed checks: ${failed.length}; over ${MAX_MS_PER_DOCUMENT} ms: ` +
      `${overIn((r) => r.analyser)} through the analyser, ${overIn((r) => r.text)} through the text analyser, ` +
      `${overIn((r) => r.content)} through the content pipeline in happy-dom (${slow.length} over its large-DOM allowance)`,
  );
  for (const c of out.crashes) lines.push(`  crash seed ${c.seed}: ${c.error}`);
  for (const h of out.hangs) lines.push(`  hang seed ${h}`);
  for (const r of failed.slice(0, 20)) lines.push(`  seed ${r.seed} (${r.kind}): ${failuresOf(r).join(' | ')}`);
  for (const r of overSecond.slice(0, 30)) lines.push(`  over 1 s: seed ${r.seed} (${r.kind}): ${paths(r).map((p) => fmt(p.cpuMs, 0)).join(' / ')} ms`);
  const notes = out.results.filter((r) => r.content.outcome.includes('not comparable'));
  if (notes.length) lines.push(`markup not compared (happy-dom cannot serialise the tree): ${notes.length} documents (${[...new Set(notes.map((r) => r.kind))].join(', ')})`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ documents: out.results.length, crashes: out.crashes.length, hangs: out.hangs.length, failed: failed.length, overOneSecond: overSecond.length, overAllowance: slow.length, maxCpuMs: Math.round(Math.max(...all)) })}\n`);
  }
  process.exitCode = out.crashes.length || out.hangs.length || failed.length || slow.length ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
