// Counts taken from a PageState's report, the same way lib/content/paint-items.ts turns it into paint items.
import type { PageState } from '../../lib/messages';

/** Spans the paint plan asks for: one per claim, per attributed mention or quote, per repeat. */
export function spansFound(state: PageState): number {
  const r = state.report;
  if (!r) return 0;
  const speakers = new Set(r.speakers.map((s) => s.id));
  const attributed = [...r.mentions, ...r.quotes].filter((s) => s.speaker !== null && speakers.has(s.speaker)).length;
  const claims = r.claims.filter((c) => r.sentences[c.sentence] !== undefined).length;
  const repeats = r.repeats.filter((x) => r.blocks[x.block] !== undefined).length;
  return claims + attributed + repeats;
}
