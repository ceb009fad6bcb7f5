// Command line of `npm run bench`.
import path from 'node:path';

export interface BenchArgs {
  /** Folders laid out like ../shared/corpus (default: that corpus). */
  corpus: string[];
  /** Only the first N pages (after --only), for development. */
  limit: number | null;
  /** Only pages whose id contains one of these strings. */
  only: string[];
  /** Pages in the Firefox sample; 0 skips Firefox. */
  firefox: number;
  /** Pages whose popup first render is timed. */
  popup: number;
  json: boolean;
  /** The per-page table (default on; --quiet prints only the summary). */
  perPage: boolean;
  /** An extension build other than .output (like E2E_OUTPUT_DIR). */
  build: string | null;
  /** Measure the floors (off for corpora of hostile pages, where Readability alone can run for minutes). */
  floors: boolean;
}

const USAGE = `npm run bench -- [--corpus DIR]... [--limit N] [--only SUBSTRING]... [--firefox N] [--popup N]
                 [--build OUTPUT_DIR] [--no-floors] [--quiet] [--json]`;

export function parseArgs(argv: string[], repoRoot: string): BenchArgs {
  const args: BenchArgs = { corpus: [], limit: null, only: [], firefox: 20, popup: 10, json: false, perPage: true, build: null, floors: true };
  const int = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} needs a whole number\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--corpus') args.corpus.push(path.resolve(next()));
    else if (a === '--limit') args.limit = int(a, next());
    else if (a === '--only') args.only.push(next());
    else if (a === '--firefox') args.firefox = int(a, next());
    else if (a === '--popup') args.popup = int(a, next());
    else if (a === '--build') args.build = path.resolve(next());
    else if (a === '--json') args.json = true;
    else if (a === '--quiet') args.perPage = false;
    else if (a === '--no-floors') args.floors = false;
    else if (a === '--help' || a === '-h') throw new Error(USAGE);
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  if (args.corpus.length === 0) args.corpus.push(path.resolve(repoRoot, '../shared/corpus'));
  return args;
}
