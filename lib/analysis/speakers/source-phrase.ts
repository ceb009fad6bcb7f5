// Reads the noun phrase that names a source: a person's name ("Kirill Dmitriev"), a pronoun ("she"), a role
// ("the minister", "a person familiar with the negotiations") or an organisation ("the Department of Health").

import type { BlockContext } from './block-context';
import type { NameRun } from './find-name-runs';
import { AUXILIARIES, CLAUSE_WORDS, CUE_ADVERBS, DEFINITE_DETERMINERS, DETERMINERS, PREPOSITIONS } from './lexicon/function-words';
import { IRREGULAR_PAST } from './lexicon/past-tense-verbs';
import { DOCUMENT_WORDS } from './lexicon/document-words';
import { ORGANISATION_WORDS } from './lexicon/organisation-words';
import { PLACE_NAMES } from './lexicon/place-names';
import { SUBJECT_PRONOUNS, type PronounKind } from './lexicon/pronouns';
import { ROLE_MODIFIERS, isPluralRole, roleNoun } from './lexicon/role-words';
import type { Token } from './tokenize-block';

export type SourcePhrase =
  | { kind: 'name'; block: number; start: number; end: number; run: NameRun }
  | { kind: 'pronoun'; block: number; start: number; end: number; pronoun: PronounKind; text: string }
  | { kind: 'role'; block: number; start: number; end: number; text: string; head: string; words: string[]; definite: boolean; plural: boolean }
  | { kind: 'org'; block: number; start: number; end: number; text: string; head: string; words: string[]; definite: boolean; document: boolean }
  // A country, state or city ("Russia", "the United States"): it names no speaker, and the cue stays unattributed.
  | { kind: 'place'; block: number; start: number; end: number };

/** Words that open a post-modifier kept in a source phrase ("familiar with …", "close to …", "for …"). */
const POSTMODIFIER_LEADS: ReadonlySet<string> = new Set(['familiar', 'close', 'with', 'for', 'at', 'of', 'from', 'in', 'on', 'to', 'inside', 'within', 'near']);
/** Words that take a part of a group before "of" ("one of those advisers"). */
const PARTITIVES: ReadonlySet<string> = new Set(['one', 'two', 'three', 'some', 'several', 'many', 'most', 'each', 'another']);
/** "the 46-year-old", "the 70-year-old": an age standing for the person just written about. */
const AGE_NOUN = /^\p{N}{1,3}-year-old$/u;
const AGE_HEAD = 'year-old';
/** Longest post-modifier kept. */
const MAX_POSTMODIFIER_TOKENS = 10;
/** Unknown lowercase words allowed before a role head ("a well-placed source"). */
const MAX_UNKNOWN_PREMODIFIERS = 2;

function isSubjectName(run: NameRun, from: number, allowAfter: number): boolean {
  if (run.position === 'modifier' || run.position === 'possessive') return false;
  // After an inverted cue ("said Lavrov", "according to NYPD Commissioner James O’Neill") the word before the
  // name is the cue or its title, not a preposition that makes it an object.
  if (run.position === 'object' && allowAfter < 0) return false;
  return run.first >= from;
}

function phraseEnd(tokens: readonly Token[], from: number, to: number): number {
  let e = to;
  while (e > from) {
    const t = tokens[e - 1] as Token;
    if (t.kind === 'word' || t.kind === 'poss') break;
    e--;
  }
  return e;
}

/**
 * The source named by tokens [from, to) of a block, or null. `allowAfter` is the index of a cue that precedes
 * the phrase (inverted "said Lavrov"), -1 otherwise. `skipNames` reads it as a role or organisation phrase even
 * when a name stands inside it ("one longtime adviser to Bill Clinton").
 */
export function classifyPhrase(ctx: BlockContext, from: number, to: number, allowAfter = -1, skipNames = false): SourcePhrase | null {
  const { tokens } = ctx;
  // 1. A name that is not an object or a modifier: the last one (English heads come last: "spokeswoman Maria Zakharova").
  // After an inverted cue the first one is the head ("said Charles B. Rangel of New York").
  let name: NameRun | null = null;
  for (let k = from; k < to && !skipNames; k++) {
    const run = ctx.runAt.get(k);
    if (run && run.end <= to && isSubjectName(run, from, allowAfter)) {
      // After the cue, a place first ("said Idaho executive Frank VanderSloot") qualifies the name after it.
      if (allowAfter < 0 || !run.place || name === null) name = run;
      if (allowAfter >= 0 && !run.place) break;
    }
  }
  if (name) return { kind: 'name', block: ctx.block, start: name.start, end: name.endChar, run: name };

  // 2. A pronoun standing alone (adverbs aside).
  const words: Token[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && !CUE_ADVERBS.has(t.lower) && !CLAUSE_WORDS.has(t.lower)) words.push(t);
  }
  const only = words.length === 1 ? words[0] : undefined;
  if (only) {
    const pronoun = SUBJECT_PRONOUNS.get(only.lower);
    if (pronoun) return { kind: 'pronoun', block: ctx.block, start: only.start, end: only.end, pronoun, text: only.text };
  }

  // 3. A place ("the United States", "Washington"), which no name run covers after "the".
  const place = placePhrase(ctx, words);
  if (place) return place;

  // 4. A role or organisation phrase: determiners and modifiers, then a head, then anything after it.
  let s = from;
  while (s < to) {
    const t = tokens[s] as Token;
    if (t.kind === 'word' && (CLAUSE_WORDS.has(t.lower) || (CUE_ADVERBS.has(t.lower) && !DETERMINERS.has(t.lower)))) s++;
    else break;
  }
  const startTok = tokens[s];
  if (!startTok || startTok.kind !== 'word' || PREPOSITIONS.has(startTok.lower)) return null;
  let head: Token | null = null;
  let headKind: 'role' | 'org' | null = null;
  let unknown = 0;
  let k = s;
  for (; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'poss') continue;
    if (t.kind !== 'word') break;
    const role = roleNoun(t.lower) ?? (AGE_NOUN.test(t.lower) && DEFINITE_DETERMINERS.has(startTok.lower) ? AGE_HEAD : null);
    if (role !== null) {
      head = t;
      headKind = 'role';
      continue;
    }
    if (ORGANISATION_WORDS.has(t.lower) || (DOCUMENT_WORDS.has(t.lower) && !t.cap)) {
      head = t;
      headKind = 'org';
      continue;
    }
    // "The Daily Beast": capitalised words after a capitalised organisation word are still its name.
    if (head && headKind === 'org' && head.cap && t.cap) {
      head = t;
      continue;
    }
    if (head) break; // the head is followed by something else: a post-modifier ("familiar with …")
    if (DETERMINERS.has(t.lower) && k === s) continue;
    // "one of those advisers", "some of the protesters": a part of a group, read through "of" and its determiner.
    if (t.lower === 'of' && k === s + 1 && PARTITIVES.has(startTok.lower)) {
      if (DETERMINERS.has(tokens[k + 1]?.lower ?? '')) k++;
      continue;
    }
    if (ROLE_MODIFIERS.has(t.lower) || t.cap || t.acronym || /^\p{N}/u.test(t.text)) continue;
    if (unknown < MAX_UNKNOWN_PREMODIFIERS && DETERMINERS.has(startTok.lower) && !PREPOSITIONS.has(t.lower)) {
      unknown++;
      continue;
    }
    break;
  }
  if (!head) return acronymAlone(ctx, words, only) ?? namedBody(ctx, words);
  // The phrase ends at its head, or after a short verbless post-modifier ("a person familiar with the talks",
  // "a spokesman for the campaign"); anything longer or with a verb belongs to the sentence.
  let e = k;
  const lead = tokens[k];
  if (lead && lead.kind === 'word' && POSTMODIFIER_LEADS.has(lead.lower) && to - k <= MAX_POSTMODIFIER_TOKENS
    && !tokens.slice(k, to).some((t) => t.kind === 'word' && (AUXILIARIES.has(t.lower) || CLAUSE_WORDS.has(t.lower) || IRREGULAR_PAST.has(t.lower) || /ed$/u.test(t.lower)))) {
    e = phraseEnd(tokens, k, to);
  }
  if (e <= s) return null;
  const endTok = tokens[e - 1] as Token;
  const text = ctx.text.slice(startTok.start, endTok.end);
  const phraseWords = tokens.slice(s, k).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower)).map((t) => t.lower);
  const definite = DEFINITE_DETERMINERS.has(startTok.lower);
  if (head && headKind === 'role') {
    const noun = roleNoun(head.lower) ?? AGE_HEAD;
    const plural = isPluralRole(head.lower);
    return { kind: 'role', block: ctx.block, start: startTok.start, end: endTok.end, text, head: noun, words: phraseWords, definite, plural };
  }
  if (head && headKind === 'org') {
    const document = DOCUMENT_WORDS.has(head.lower) && !ORGANISATION_WORDS.has(head.lower);
    return { kind: 'org', block: ctx.block, start: startTok.start, end: endTok.end, text, head: head.lower, words: phraseWords, definite, document };
  }
  return null;
}

/** Words that are a place once a leading "the" is dropped ("the United States"). */
export function placePhrase(ctx: BlockContext, words: readonly Token[]): SourcePhrase | null {
  const named = words[0]?.lower === 'the' ? words.slice(1) : words;
  const first = named[0];
  const last = named[named.length - 1];
  if (!first || !last || !named.every((t) => t.cap) || !PLACE_NAMES.has(named.map((t) => t.lower.replace(/\.$/u, '')).join(' '))) return null;
  return { kind: 'place', block: ctx.block, start: (words[0] as Token).start, end: last.end };
}

/** Longest "The …" name read as a body ("The New Yorker", "The Hill"); longer runs of capitals are headlines. */
const MAX_BODY_NAME_WORDS = 4;

/** "as The New Yorker put it", "The Hill reported": "The" and capitalised words only, a publication or a body. */
function namedBody(ctx: BlockContext, words: readonly Token[]): SourcePhrase | null {
  const [the, ...named] = words;
  const last = named[named.length - 1];
  if (!the || !last || the.lower !== 'the' || named.length > MAX_BODY_NAME_WORDS || !named.every((t) => t.cap && !t.inQuote)) return null;
  const text = ctx.text.slice(the.start, last.end);
  return { kind: 'org', block: ctx.block, start: the.start, end: last.end, text, head: last.lower, words: named.map((t) => t.lower), definite: false, document: false };
}

/** An acronym alone ("NATO said", "CNN reported") is an organisation. */
function acronymAlone(ctx: BlockContext, words: readonly Token[], only: Token | undefined): SourcePhrase | null {
  if (words.length !== 1 || !only || !only.acronym) return null;
  return { kind: 'org', block: ctx.block, start: only.start, end: only.end, text: only.text, head: only.lower, words: [only.lower], definite: false, document: false };
}
