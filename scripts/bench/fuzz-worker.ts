// Runs hostile documents for scripts/bench/fuzz.ts in a child process, so that a document that hangs can be
// stopped from outside: the analyser in Node (./fuzz/node-paths.ts) and, with --happy-dom, the content
// pipeline on a happy-dom window with the <mark> fallback (tests/unit/fuzz/run-hostile.ts), which checks that
// every DOM edit of the fallback is undone. One happy-dom window serves every document of the worker (a new
// window per document would leak about 25 MB each, ../shared/docs/measurements.md).
import { Window } from 'happy-dom';
import { hostileDocument, type HostileKind } from '../../tests/unit/fuzz/hostile-documents';
import { throughContentPipeline, type PathResult } from '../../tests/unit/fuzz/run-hostile';
import { throughNode, type NodePaths } from './fuzz/node-paths';

export interface FuzzResult {
  seed: number;
  kind: HostileKind;
  mutates: boolean;
  node: NodePaths;
  /** The happy-dom content pipeline, when asked for. */
  happyDom: PathResult | null;
}

const seeds = JSON.parse(process.argv[2] ?? '[]') as number[];
const withHappyDom = process.argv[3] === 'happy-dom';
const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const happy = withHappyDom ? new Window({ url: 'http://127.0.0.1/hostile/' }) : null;
const win = happy as unknown as (Window & typeof globalThis) | null;

for (const seed of seeds) {
  await send({ started: seed });
  const doc = hostileDocument(seed);
  const node = throughNode(doc);
  const happyDom = win ? await throughContentPipeline(doc, { doc: win.document, win: win as never }) : null;
  await send({ result: { seed, kind: doc.kind, mutates: doc.mutates, node, happyDom } satisfies FuzzResult });
}
if (happy) {
  await happy.happyDOM.abort();
  await happy.happyDOM.close();
}
process.disconnect();
