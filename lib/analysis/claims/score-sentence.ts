// One sentence -> a check-worthiness score in 0..1 and the reasons behind it, or null when the sentence is
// not a candidate at all (a question, furniture, a fragment, a quote that only voices a feeling) or holds
// nothing to check (a pledge, a reported stance, demand or mood: uncheckable.ts). The score
// blends the learned model (claim-model.ts, trained on debates, which takes the cues as inputs too) with
// the hand-weighted cue sum, in the share fitted out of fold (currently 0.007, next to nothing: the cue
// sum adds nothing on unseen debates); the reasons come from the cues, so the reader sees why in words.
import type { ClaimReason } from '../types';
import { isBoilerplate } from '../is-boilerplate';
import { BIAS, CLAIM_FEATURES, claimFeatureValues, hasCheckableFact, type ClaimContext } from './claim-features';
import { claimModel, type ClaimModel } from './claim-model';
import { uncheckable, UNCHECKABLE_RULES, type UncheckableRule } from './uncheckable';
import { DATE_NAME, DATE_RELATIVE, FEELING, FIRST_PERSON_OPINION, NORMATIVE, QUOTED, REPORTING_VERB } from './cue-patterns';

export interface SentenceScore {
  score: number;
  reasons: ClaimReason[];
}

// Reasons are listed in this order, the order of ClaimReason in the contract.
const REASON_ORDER: ClaimReason[] = [
  'quantity', 'percentage', 'money', 'date', 'comparison', 'decision', 'cause', 'attributed', 'source',
];
// Fewer than five words cannot state a checkable fact ("unlikely", "Comments", "He said so").
const MIN_WORDS = 5;
// When quotes make up half a sentence or more, the sentence is the quote: judge the quote.
const QUOTE_DOMINANT_SHARE = 0.5;
// A question asks, it does not assert; closing quotes and brackets may follow the mark.
const QUESTION_END = /\?["'”’»)\]]*$/;
// Capitalised words that are not names even mid-sentence.
const NOT_NAMES = new Set(['I', 'The', 'A', 'An', 'He', 'She', 'It', 'They', 'We', 'This', 'That', 'But', 'And']);

// A word's opening brackets and quotes; a capital letter; what may follow a name's last letter; the
// punctuation after a word that ends a run of names.
const OPENERS = '("\'“‘';
const CAPITAL = /^\p{Lu}/u;
const TRAILING_NON_LETTERS = /[^\p{L}]+$/u;
const RUN_ENDERS = ',;:.!?)"”';

function countNameRuns(text: string): number {
  const outsideQuotes = text.replace(QUOTED, ' " ');
  const tokens = outsideQuotes.split(/\s+/).filter(Boolean);
  let runs = 0;
  let inRun = false;
  // The first word is capitalised because it starts the sentence; it says nothing.
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as string;
    // Opening brackets and quotes off, with a character test rather than a replace: this runs for every word.
    let from = 0;
    while (from < token.length && OPENERS.includes(token[from] as string)) from++;
    const word = from ? token.slice(from) : token;
    const capital = CAPITAL.test(word) && !NOT_NAMES.has(word.replace(TRAILING_NON_LETTERS, ''));
    if (capital && !inRun) runs++;
    inRun = capital && !(word.length > 0 && RUN_ENDERS.includes(word[word.length - 1] as string));
  }
  return runs;
}

function quotedContent(text: string): string {
  return [...text.matchAll(QUOTED)].map((m) => m[0].slice(1, -1)).join(' ');
}

// A sentence that is mostly a quote voicing a feeling or a demand, with nothing checkable around it, is
// someone's reaction, not a claim: "Of course, this is unacceptable to us," Lavrov remarked.
function onlyVoicesAFeeling(text: string, context: ClaimContext): boolean {
  const quoted = quotedContent(text);
  if (quoted.length < text.length * QUOTE_DOMINANT_SHARE) return false;
  if (!FEELING.test(quoted) && !NORMATIVE.test(quoted) && !FIRST_PERSON_OPINION.test(quoted)) return false;
  return !hasCheckableFact(context);
}

export function claimContext(text: string, attributedBySpeakers: boolean): ClaimContext {
  const undated = text.replace(DATE_NAME, ' ').replace(DATE_RELATIVE, ' ');
  return {
    text,
    undated,
    hasDate: undated !== text,
    words: text.split(/\s+/).filter(Boolean).length,
    properNouns: countNameRuns(text),
    attributed: attributedBySpeakers || REPORTING_VERB.test(text),
  };
}

/** The hand-weighted cues alone: their log-odds and the reasons they give. */
export function handScore(context: ClaimContext): { z: number; reasons: ClaimReason[] } {
  let z = BIAS;
  const fired = new Set<ClaimReason>();
  const values = claimFeatureValues(context);
  for (const [i, feature] of CLAIM_FEATURES.entries()) {
    const v = values[i] as number;
    if (!v) continue;
    z += feature.weight * v;
    if (feature.reason && feature.weight > 0) fired.add(feature.reason);
  }
  return { z, reasons: REASON_ORDER.filter((r) => fired.has(r)) };
}

/** The sentence's context, or null when it is not a candidate claim at all. */
export function candidateContext(text: string, attributedBySpeakers = false): ClaimContext | null {
  const t = text.trim();
  if (QUESTION_END.test(t) || isBoilerplate(t)) return null;
  const context = claimContext(t, attributedBySpeakers);
  if (context.words < MIN_WORDS || onlyVoicesAFeeling(t, context)) return null;
  return context;
}

/**
 * The sentence's score and reasons, or null when it is not a candidate or a rule of uncheckable.ts finds
 * nothing in it to check (`rules` lets the evaluation switch rules off one by one).
 */
export function scoreSentence(
  text: string,
  attributedBySpeakers = false,
  model: ClaimModel = claimModel(),
  rules: readonly UncheckableRule[] = UNCHECKABLE_RULES,
): SentenceScore | null {
  const context = candidateContext(text, attributedBySpeakers);
  // After candidateContext, not inside it: training (train-claims.ts) picks its candidates there, and these
  // rules must not move the model's blend or threshold.
  if (!context || uncheckable(context, rules)) return null;
  const hand = handScore(context);
  const { blend } = model.file;
  const z = blend.model * model.logit(context) + blend.hand * hand.z + blend.bias;
  const score = Math.round(1000 / (1 + Math.exp(-z))) / 1000;
  return { score, reasons: hand.reasons };
}
