// What "it" may stand for when it speaks: a document or an organisation named just before ("The email includes a
// photo of Cruz. … At the bottom it reads, “…”"; "the Business Council of British Columbia opposed an increase.
// “…,” it recommended"). Documents and organisations are read here as they pass, whether they speak or not, so
// that "it said" finds the nearest one.

import type { BlockContext } from './block-context';
import type { Frame } from './build-frames';
import { DOCUMENT_WORDS } from './lexicon/document-words';
import { ORGANISATION_WORDS } from './lexicon/organisation-words';
import { classifyPhrase, type SourcePhrase } from './source-phrase';
import type { Token } from './tokenize-block';

export type ThingPhrase = Extract<SourcePhrase, { kind: 'org' }>;

/** Most words between a determiner or possessive and the head ("a letter", "Thursday’s memo from", "the Business
 * Council"): longer stretches are clauses, not one noun phrase. */
const MAX_THING_MODIFIERS = 4;
/** Articles and possessives that open one thing ("the email", "its letter"); numbers and quantifiers count
 * ("three times", "some reports") rather than point at one. */
const THING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our']);

/** Whether the token may head a document or organisation phrase: a lowercase document word ("the email"), or an
 * organisation word in any case ("the company", "the Business Council"). */
export function isThingHead(t: Token): boolean {
  return t.kind === 'word' && !t.inQuote && ((DOCUMENT_WORDS.has(t.lower) && !t.cap) || ORGANISATION_WORDS.has(t.lower));
}

/**
 * The document or organisation phrase whose head is token `head`: a determiner or a possessive, a few modifiers,
 * then the head ("a fundraising email", "Hoff’s letter", "the Business Council"). Null when no determiner or
 * possessive opens it ("three times", "press freedom").
 */
export function thingPhraseAt(ctx: BlockContext, frame: Frame, head: number): ThingPhrase | null {
  const { tokens } = ctx;
  let start = -1;
  // A capitalised head is a name ("the Business Council"): only capitalised words lead to it, so "this week
  // urging Congress" is no phrase.
  const named = (tokens[head] as Token).cap;
  for (let k = head - 1; k >= frame.firstToken && head - k <= MAX_THING_MODIFIERS + 1; k--) {
    const t = tokens[k] as Token;
    if (t.inQuote || (t.kind !== 'word' && t.kind !== 'poss')) break;
    if (t.kind === 'poss') {
      // "Thursday’s memo", "Hoff’s letter": the possessor opens the phrase.
      start = k - 1;
      break;
    }
    if (THING_DETERMINERS.has(t.lower)) {
      start = k;
      break;
    }
    if (named && !t.cap) break;
  }
  if (start < frame.firstToken) return null;
  const phrase = classifyPhrase(ctx, start, head + 1, -1, true);
  return phrase?.kind === 'org' && phrase.end === (tokens[head] as Token).end ? phrase : null;
}
