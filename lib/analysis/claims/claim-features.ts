// The hand-weighted cues of check-worthiness. Each weight is in log-odds: +1 makes a sentence about e≈2.7
// times likelier to be flagged. The weights were set by hand and checked on CheckThat! 2024 dev and on the
// seed articles. The score blends this sum with the learned model (claim-model.ts), which also sees every
// cue as one of its inputs, in a share fitted out of fold that may be zero; the reasons shown to the reader come from here (score-sentence.ts).
import type { ClaimReason } from '../types';
import {
  CAUSE, CHANGE, COMPARISON_STRONG, DECISION, FEELING, FIRST_PERSON, FIRST_PERSON_OPINION, MONEY_AMOUNT,
  MONEY_TOPIC, NORMATIVE, NUMBER, NUMBER_WORD, PERCENTAGE, PREDICTION, QUANTITY_NOUN, SECOND_PERSON, SEQUENCE_CAUSE, SOURCE,
  ZERO_COUNT,
} from './cue-patterns';

/** What the features look at, computed once per sentence. */
export interface ClaimContext {
  text: string;
  /** The sentence with its dates taken out, so a year does not count as a quantity. */
  undated: string;
  hasDate: boolean;
  words: number;
  /** Capitalised words past the first, outside quotes: people, places, bodies the claim is about. */
  properNouns: number;
  /** Reported speech: a quote the speakers module tied to a speaker, or a reporting verb. */
  attributed: boolean;
}

export interface ClaimFeature {
  name: string;
  /** The reason shown to the reader when the feature fires; null for features that only shift the score. */
  reason: ClaimReason | null;
  weight: number;
  why: string;
  value: (c: ClaimContext) => number;
}

const has = (re: RegExp) => (c: ClaimContext) => (re.test(c.text) ? 1 : 0);
const hasUndated = (re: RegExp) => (c: ClaimContext) => (re.test(c.undated) ? 1 : 0);

// A sentence with no cue at all starts at sigmoid(-1.8) ≈ 0.14: most sentences are not check-worthy.
export const BIAS = -1.8;

export const CLAIM_FEATURES: ClaimFeature[] = [
  { name: 'number', reason: 'quantity', weight: 1.6, value: hasUndated(NUMBER),
    why: 'a number is the strongest single cue (alone it reaches F1 0.42 on CheckThat!)' },
  { name: 'number-word', reason: 'quantity', weight: 1.4, value: hasUndated(NUMBER_WORD),
    why: '"four hours", "dozens of" are counts spelled out, as checkable as digits' },
  { name: 'quantity-noun', reason: 'quantity', weight: 0.6, value: has(QUANTITY_NOUN),
    why: '"staffing levels", "the number of" talk about a measurable quantity without giving it' },
  { name: 'zero-count', reason: 'quantity', weight: 1.2, value: has(ZERO_COUNT),
    why: '"no officials were present" states a count of zero, which a record can confirm' },
  { name: 'percentage', reason: 'percentage', weight: 1.2, value: has(PERCENTAGE),
    why: 'shares and rates are the statistics fact-checkers check most' },
  { name: 'money-amount', reason: 'money', weight: 1.2, value: has(MONEY_AMOUNT),
    why: 'a sum of money is a precise, checkable figure' },
  { name: 'money-topic', reason: 'money', weight: 0.5, value: has(MONEY_TOPIC),
    why: 'budgets, taxes and prices are the subject of most economic claims even without a sum' },
  { name: 'date', reason: 'date', weight: 0.9, value: (c) => (c.hasDate ? 1 : 0),
    why: 'a date anchors an event in time, making it checkable' },
  { name: 'comparison', reason: 'comparison', weight: 1.0, value: has(COMPARISON_STRONG),
    why: '"more than", "the first", "the deadliest since" are rankings a record can refute' },
  { name: 'change', reason: 'comparison', weight: 0.7, value: has(CHANGE),
    why: '"rose", "reduced", "doubled" compare a quantity with its earlier value' },
  { name: 'decision', reason: 'decision', weight: 0.9, value: has(DECISION),
    why: 'agreements, votes, sanctions and appointments are official acts on the record' },
  { name: 'cause', reason: 'cause', weight: 0.7, value: has(CAUSE),
    why: '"because", "due to", "led to" assert a causal link, a classic contested claim' },
  { name: 'sequence-cause', reason: 'cause', weight: 0.4, value: has(SEQUENCE_CAUSE),
    why: '"following", "amid" often imply a cause; weaker than an explicit one' },
  { name: 'attributed', reason: 'attributed', weight: 0.7, value: (c) => (c.attributed ? 1 : 0),
    why: 'reported speech can be checked twice: that it was said, and whether it is true' },
  { name: 'source', reason: 'source', weight: 0.9, value: has(SOURCE),
    why: '"according to", "data", "a study" point to evidence a reader can look up' },
  { name: 'proper-nouns', reason: null, weight: 0.35, value: (c) => Math.min(c.properNouns, 3),
    why: 'claims are about identifiable people, places and bodies; capped at three names' },
  { name: 'long', reason: null, weight: 0.3, value: (c) => (c.words >= 15 ? 1 : 0),
    why: 'longer sentences carry more content; check-worthy ones are longer on average' },
  { name: 'short', reason: null, weight: -1.0, value: (c) => (c.words < 8 ? 1 : 0),
    why: 'a sentence under eight words rarely holds a complete checkable statement' },
  { name: 'first-person-opinion', reason: null, weight: -1.5, value: has(FIRST_PERSON_OPINION),
    why: '"I think", "in my view" mark an opinion' },
  { name: 'normative', reason: null, weight: -1.2, value: (c) => (!c.attributed && NORMATIVE.test(c.text) ? 1 : 0),
    why: '"should", "must" state a norm, not a fact' },
  { name: 'normative-reported', reason: null, weight: -0.4,
    value: (c) => (c.attributed && NORMATIVE.test(c.text) ? 1 : 0),
    why: 'a reported demand is itself news, so the norm counts against it less' },
  { name: 'prediction', reason: null, weight: -0.7, value: has(PREDICTION),
    why: 'forecasts cannot be checked until they come true' },
  { name: 'feeling', reason: null, weight: -0.8, value: has(FEELING),
    why: 'feelings and verdicts ("unacceptable", "a great step") are not facts' },
  { name: 'first-person', reason: null, weight: -0.3, value: has(FIRST_PERSON),
    why: 'speakers talking about themselves ("I was in Houston") rarely make public claims' },
  { name: 'second-person', reason: null, weight: -0.6, value: has(SECOND_PERSON),
    why: 'addressing the listener ("you know") is rhetoric' },
];

/** The features that make a sentence checkable on their own: attribution and names do not. */
export const FACT_FEATURES = CLAIM_FEATURES.filter((f) => f.weight > 0 && f.reason !== null && f.reason !== 'attributed');

// Scoring asks for every feature twice per sentence (the hand-weighted sum and the model's cue inputs), and
// each is a regular expression over the sentence: remember the values per context object (contexts are
// never changed after claimContext builds them).
const valuesOf = new WeakMap<ClaimContext, number[]>();
/** The value of each of CLAIM_FEATURES for this context, in that order. */
export function claimFeatureValues(context: ClaimContext): number[] {
  let values = valuesOf.get(context);
  if (!values) {
    values = CLAIM_FEATURES.map((f) => f.value(context));
    valuesOf.set(context, values);
  }
  return values;
}

const FACT_INDICES = CLAIM_FEATURES.flatMap((f, i) => (FACT_FEATURES.includes(f) ? [i] : []));
/** Whether the sentence holds something checkable on its own (a fact feature fires), from the remembered values. */
export function hasCheckableFact(context: ClaimContext): boolean {
  const values = claimFeatureValues(context);
  return FACT_INDICES.some((i) => (values[i] as number) > 0);
}
