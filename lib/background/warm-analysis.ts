// The first analysis in a fresh background costs several times a warm one: V8 compiles each function and each
// regular expression of the analyser on first use (in Node, on corpus pages: 70 to 100 ms of CPU for the first
// article against 10 to 45 ms for the same articles warm). An MV3 background is stopped after about 30 s idle,
// so a reader's click often meets a cold one. warmAnalysis() runs one small article through the analyser while
// the content script is being injected and extracts the page (tens of ms in which the background would only
// wait), so the page's own analysis meets compiled code. Once per background lifetime.
import { analyseNow } from '../content/analyse';
import { textToBlocks } from '../analysis/text-to-blocks';

// Touches the analyser's main paths: sentences, a claim with figures and a date, direct and reported quotes with
// a named speaker and a pronoun, a title, and a repeated paragraph. Invented text.
export const WARM_UP_SAMPLE = [
  'Council approves new bridge after long debate',
  'The city council voted 7 to 2 on Tuesday to build a new bridge over the river, at a cost of $42 million.',
  '"This bridge will cut commutes by 15 minutes," said Mayor Jane Holloway. She added that work would start in May.',
  'Opponents argued the money should go to schools. Councillor Tom Reyes said the plan was rushed.',
  'The project is expected to finish in 2028, according to the transport department.',
  'The city council voted 7 to 2 on Tuesday to build a new bridge over the river, at a cost of $42 million.',
].join('\n\n');

let warmed = false;

export function warmAnalysis(): void {
  if (warmed) return;
  warmed = true;
  try {
    analyseNow({ meta: { url: null, title: 'Council approves new bridge', lang: 'en' }, blocks: textToBlocks(WARM_UP_SAMPLE) }, { extract: 0 });
  } catch {
    // Only a warm-up: the real analysis reports its own errors.
  }
}
