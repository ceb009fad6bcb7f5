import type { Quote } from '../lib/analysis/types';

/** How many quotes each speaker id has; quotes without a speaker are counted under null. */
export function speakerQuoteCounts(quotes: readonly Quote[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return counts;
}
