// npm run fuzz: the hostile document generator (tests/unit/fuzz) at full size, 1,000 documents by default,
// through the analyser and the content pipeline, with a summary per kind. A document that takes longer
// than HANG_MS is a hang: its worker is stopped and the run goes on from the next seed.
//
//   npm run fuzz [-- --count N] [--from SEED] [--json]
import { Worker } from 'node:worker_threads';
import { HOSTILE_KINDS } from '../../tests/unit/fuzz/hostile-documents';
import { MAX_MS_PER_DOCUMENT } from '../../tests/unit/fuzz/run-hostile';
import type { FuzzResult } from './fuzz-worker';
import { fmt, median, percentile } from './stats';

// Far past the limit: a document still running after this is not slow, it is stuck.
const HANG_MS = 30_000;
// Documents per worker: a fresh worker now and then keeps the DOM library's leaks in check.
const PER_WORKER = 100;

function parse(argv: string[]) {
  const args = { count: 1000, from: 0, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--count') args.count = Number(argv[++i]);
    else if (a === '--from') args.from = Number(argv[++i]);
    else if (a === '--json') args.json = true;
    else throw new Error(`unknown argument ${a}; usage: npm run fuzz -- [--count N] [--from SEED] [--json]`);
  }
  if (!Number.isInteger(args.count) || !Number.isInteger(args.from)) throw new Error('--count and --from take whole numbers');
  return args;
}

interface Outcome {
  results: FuzzResult[];
  hangs: number[];
  crashes: { seed: number; error: string }[];
}

function runWorker(seeds: number[], out: Outcome, onResult: (r: FuzzResult) => void): Promise<number[]> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./fuzz-worker.ts', import.meta.url), { workerData: { seeds }, execArgv: ['--import', 'tsx'] });
    let current: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const left = new Set(seeds);
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (current !== null) out.hangs.push(current);
        left.delete(current ?? -1);
        void worker.terminate();
      }, HANG_MS);
    };
    worker.on('message', (m: { started?: number; result?: FuzzResult }) => {
      if (m.started !== undefined) {
        current = m.started;
        arm();
      } else if (m.result) {
        left.delete(m.result.seed);
        onResult(m.result);
      }
    });
    worker.on('error', (error) => {
      if (current !== null) out.crashes.push({ seed: current, error: String(error).slice(0, 300) });
      left.delete(current ?? -1);
    });
    worker.on('exit', () => {
      clearTimeout(timer);
      resolve([...left].sort((a, b) => a - b));
    });
  });
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const seeds = Array.from({ length: args.count }, (_, i) => args.from + i);
  const out: Outcome = { results: [], hangs: [], crashes: [] };
  const started = Date.now();
  let queue = seeds;
  while (queue.length) {
    const batch = queue.slice(0, PER_WORKER);
    const rest = queue.slice(PER_WORKER);
    const unfinished = await runWorker(batch, out, (r) => {
      out.results.push(r);
      process.stderr.write(`  seed ${r.seed} ${r.kind}: analyser ${r.analyser.cpuMs.toFixed(0)} ms, content ${r.content.cpuMs.toFixed(0)} ms ${r.analyser.failures.length + r.content.failures.length ? 'FAILED' : ''}\n`);
    });
    queue = [...unfinished, ...rest];
  }

  const lines: string[] = [];
  const failed = out.results.filter((r) => r.analyser.failures.length || r.content.failures.length);
  const slow = out.results.filter((r) => r.analyser.cpuMs > MAX_MS_PER_DOCUMENT || r.content.cpuMs > MAX_MS_PER_DOCUMENT);
  lines.push(`fuzz: ${out.results.length} hostile documents (seeds ${args.from}…${args.from + args.count - 1}) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  lines.push(`${'kind'.padEnd(20)}${'docs'.padStart(6)}${'analyser ms (median/max)'.padStart(28)}${'content ms (median/max)'.padStart(27)}${'failed'.padStart(8)}`);
  for (const kind of HOSTILE_KINDS) {
    const rs = out.results.filter((r) => r.kind === kind);
    if (!rs.length) continue;
    const a = rs.map((r) => r.analyser.cpuMs);
    const c = rs.map((r) => r.content.cpuMs);
    lines.push(
      `${kind.padEnd(20)}${String(rs.length).padStart(6)}${`${fmt(median(a), 0)} / ${fmt(Math.max(...a), 0)}`.padStart(28)}` +
        `${`${fmt(median(c), 0)} / ${fmt(Math.max(...c), 0)}`.padStart(27)}${String(rs.filter((r) => failed.includes(r)).length).padStart(8)}`,
    );
  }
  const all = out.results.flatMap((r) => [r.analyser.cpuMs, r.content.cpuMs]);
  lines.push(`per document and path, CPU ms: median ${fmt(median(all), 0)}, p99 ${fmt(percentile(all, 99), 0)}, max ${fmt(Math.max(...all), 0)} (limit ${MAX_MS_PER_DOCUMENT})`);
  lines.push(`crashes: ${out.crashes.length}, hangs: ${out.hangs.length}, failed checks: ${failed.length}, over ${MAX_MS_PER_DOCUMENT} ms: ${slow.length}`);
  for (const c of out.crashes) lines.push(`  crash seed ${c.seed}: ${c.error}`);
  for (const h of out.hangs) lines.push(`  hang seed ${h}`);
  for (const r of failed.slice(0, 20)) lines.push(`  seed ${r.seed} (${r.kind}): ${[...r.analyser.failures, ...r.content.failures].join(' | ')}`);
  for (const r of slow.slice(0, 20)) lines.push(`  slow seed ${r.seed} (${r.kind}): analyser ${fmt(r.analyser.cpuMs, 0)} ms, content ${fmt(r.content.cpuMs, 0)} ms`);
  process.stdout.write(`${lines.join('\n')}\n`);
  if (args.json) {
    process.stdout.write(`${JSON.stringify({ documents: out.results.length, crashes: out.crashes.length, hangs: out.hangs.length, failed: failed.length, overLimit: slow.length, maxCpuMs: Math.round(Math.max(...all)) })}\n`);
  }
  process.exitCode = out.crashes.length || out.hangs.length || failed.length || slow.length ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
