// Command line of `npm run bench:library`.
import path from 'node:path';
import { parseArgs as parseNodeArgs } from 'node:util';

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

// node:util's parser does the flag handling; only the whole-number checks are ours.
export function parseArgs(argv: string[]): LibraryBenchArgs {
  const { values } = parseNodeArgs({
    args: argv,
    strict: true,
    options: {
      articles: { type: 'string', default: '10000' },
      opens: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
      build: { type: 'string' },
      reuse: { type: 'boolean', default: false },
      work: { type: 'string', default: '/tmp/factmark-bench-library' },
    },
  });
  const int = (flag: string, v: string) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${flag} needs a whole number of at least 1\n${USAGE}`);
    return n;
  };
  return {
    articles: int('articles', values.articles),
    opens: int('opens', values.opens),
    json: values.json,
    build: values.build === undefined ? null : path.resolve(values.build),
    reuse: values.reuse,
    workDir: path.resolve(values.work),
  };
}
