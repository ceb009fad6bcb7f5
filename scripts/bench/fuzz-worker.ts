// Runs hostile documents for scripts/bench/fuzz.ts in a worker thread, so that a document that hangs can be
// stopped from outside. One happy-dom window serves every document of the worker (a new window per
// document would leak about 25 MB each, ../shared/docs/measurements.md).
import { parentPort, workerData } from 'node:worker_threads';
import { Window } from 'happy-dom';
import { hostileDocument } from '../../tests/unit/fuzz/hostile-documents';
import { throughAnalyser, throughContentPipeline, type PathResult } from '../../tests/unit/fuzz/run-hostile';

export interface FuzzResult {
  seed: number;
  kind: string;
  mutates: boolean;
  analyser: PathResult;
  content: PathResult;
}

const { seeds } = workerData as { seeds: number[] };
const happy = new Window({ url: 'http://127.0.0.1/hostile/' });
const win = happy as unknown as Window & typeof globalThis;

for (const seed of seeds) {
  parentPort!.postMessage({ started: seed });
  const doc = hostileDocument(seed);
  const analyser = throughAnalyser(doc);
  const content = await throughContentPipeline(doc, { doc: win.document, win });
  parentPort!.postMessage({ result: { seed, kind: doc.kind, mutates: doc.mutates, analyser, content } satisfies FuzzResult });
}
await happy.happyDOM.abort();
happy.close();
