// Runs hostile documents for scripts/bench/fuzz.ts in a child process, so that a document that hangs can be
// stopped from outside. One happy-dom window serves every document of the worker (a new window per
// document would leak about 25 MB each, ../shared/docs/measurements.md).
import { Window } from 'happy-dom';
import { hostileDocument, type HostileKind } from '../../tests/unit/fuzz/hostile-documents';
import { throughAnalyser, throughContentPipeline, throughTextAnalyser, type PathResult } from '../../tests/unit/fuzz/run-hostile';

export interface FuzzResult {
  seed: number;
  kind: HostileKind;
  mutates: boolean;
  analyser: PathResult;
  text: PathResult;
  content: PathResult;
}

const seeds = JSON.parse(process.argv[2] ?? '[]') as number[];
const send = (message: unknown) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const happy = new Window({ url: 'http://127.0.0.1/hostile/' });
const win = happy as unknown as Window & typeof globalThis;

for (const seed of seeds) {
  await send({ started: seed });
  const doc = hostileDocument(seed);
  const analyser = throughAnalyser(doc);
  const text = throughTextAnalyser(doc);
  const content = await throughContentPipeline(doc, { doc: win.document, win: win as never });
  await send({ result: { seed, kind: doc.kind, mutates: doc.mutates, analyser, text, content } satisfies FuzzResult });
}
await happy.happyDOM.abort();
await happy.happyDOM.close();
process.disconnect();
