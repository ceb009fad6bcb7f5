// The background's warm-up article must take the analyser down its main paths, or the page's first analysis
// still meets uncompiled code there.
import { describe, expect, it } from 'vitest';
import { textToBlocks } from '../../../lib/analysis/text-to-blocks';
import { analyseNow } from '../../../lib/content/analyse';
import { WARM_UP_SAMPLE } from '../../../lib/background/warm-analysis';

describe('warmAnalysis', () => {
  const { report } = analyseNow({ meta: { title: 'Council approves new bridge', lang: 'en' }, blocks: textToBlocks(WARM_UP_SAMPLE) }, { extract: 0 });

  it.each([
    ['claims', () => report.claims.length],
    ['speakers', () => report.speakers.length],
    ['quotes', () => report.quotes.length],
    ['repeats', () => report.repeats.length],
    ['key points', () => report.keyPoints.length],
  ])('its sample article has %s', (_what, count) => {
    expect(count()).toBeGreaterThan(0);
  });
});
