// Command line of `npm run bench:library`.
import path from 'node:path';

export interface LibraryBenchArgs {
  /** Generated articles in the library. */
  articles: number;
  /** Page loads timed (the median is reported). */
  opens: number;
  json: boolean;
  /** An extension build other than .output (like E2E_OUTPUT_DIR). */
  build: string | null;
  /** Keep the filled browser profile of an earlier run with the same number of articles (skips the import). */
  reuse: boolean;
  /** Where the fixture file and the browser profile live. */
  workDir: string;
}

export const USAGE = `npm run bench:library -- [--articles N] [--opens N] [--build OUTPUT_DIR] [--reuse] [--work DIR] [--json]`;

export function parseArgs(argv: string[]): LibraryBenchArgs {
  const args: LibraryBenchArgs = { articles: 10_000, opens: 5, json: false, build: null, reuse: false, workDir: '/tmp/factmark-bench-library' };
  const int = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a whole number of at least 1\n${USAGE}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--articles') args.articles = int(a, next());
    else if (a === '--opens') args.opens = int(a, next());
    else if (a === '--json') args.json = true;
    else if (a === '--build') args.build = path.resolve(next());
    else if (a === '--reuse') args.reuse = true;
    else if (a === '--work') args.workDir = path.resolve(next());
    else throw new Error(`unknown argument ${a}\n${USAGE}`);
  }
  return args;
}
