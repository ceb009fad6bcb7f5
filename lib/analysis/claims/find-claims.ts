// Check-worthy sentences of an article, best first.
import type { Block, Claim, Quote, Sentence } from '../types';
import { findKeyPointList } from '../key-point-list';
import { scoreSentence } from './score-sentence';
import { UNCHECKABLE_RULES, type UncheckableRule } from './uncheckable';

// A sentence is flagged at a score of 0.5: the model's bias holds the threshold with the best F1 on debates
// the model had not seen (cross-validation over CheckThat! train, scripts/train-claims.ts), so the cut is
// the same number whatever the model.
export const CLAIM_THRESHOLD = 0.5;

function attributedSentences(sentences: Sentence[], quotes: Quote[]): Set<number> {
  const byBlock = new Map<number, Quote[]>();
  for (const q of quotes) {
    if (q.speaker === null) continue;
    const list = byBlock.get(q.block);
    if (list) list.push(q);
    else byBlock.set(q.block, [q]);
  }
  const attributed = new Set<number>();
  for (const s of sentences) {
    const inBlock = byBlock.get(s.block);
    if (inBlock?.some((q) => q.start < s.end && q.end > s.start)) attributed.add(s.id);
  }
  return attributed;
}

/** `rules`: the do-not-flag rules of uncheckable.ts to apply (all by default; the evaluation switches them off). */
export function findClaims(
  blocks: Block[],
  sentences: Sentence[],
  quotes: Quote[],
  rules: readonly UncheckableRule[] = UNCHECKABLE_RULES,
): Claim[] {
  const kindOf = new Map(blocks.map((b) => [b.id, b.kind]));
  // The article's own key-point list restates the body; its items are key points, not claims.
  const keyPointItems = new Set(findKeyPointList(blocks)?.items ?? []);
  const attributed = attributedSentences(sentences, quotes);
  const claims: Claim[] = [];
  for (const s of sentences) {
    // Headings name a section; they do not assert anything.
    if (kindOf.get(s.block) === 'heading' || keyPointItems.has(s.block)) continue;
    const scored = scoreSentence(s.text, attributed.has(s.id), undefined, rules);
    if (scored && scored.score >= CLAIM_THRESHOLD) claims.push({ sentence: s.id, text: s.text, ...scored });
  }
  return claims.sort((a, b) => b.score - a.score || a.sentence - b.sentence);
}
