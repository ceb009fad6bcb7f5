// Roles written beside a name between commas: after it ("Yury Ushakov, a key aide to President Vladimir Putin,")
// or before it ("a senior Russian diplomat, Kirill Dmitriev, suggested"). The phrase must be a noun phrase
// headed by a role word: no verb, no relative pronoun, no cue.

import { CUE_FORMS } from './lexicon/cue-verbs';
import { AUXILIARIES, CLAUSE_WORDS, DETERMINERS, PREPOSITIONS } from './lexicon/function-words';
import { ROLE_MODIFIERS, roleNoun } from './lexicon/role-words';
import type { Frame } from './build-frames';
import type { NameRun } from './find-name-runs';
import type { Token } from './tokenize-block';

/** Longer comma phrases are clauses or lists, not appositions. */
const MAX_APPOSITIVE_TOKENS = 30;
/** The role noun must come early: "a key aide to …", not "a man who met an aide". */
const ROLE_HEAD_WINDOW = 6;
const STOPS: ReadonlySet<string> = new Set([',', ';', '(', ')', '—', '–', '.', ':', '!', '?']);

function isClauseLike(tokens: readonly Token[]): boolean {
  return tokens.some((t) => t.kind === 'quote' || (t.kind === 'word' && !t.cap && (AUXILIARIES.has(t.lower) || CUE_FORMS.has(t.lower) || t.lower === 'who' || t.lower === 'which')));
}

function hasRoleHead(tokens: readonly Token[]): boolean {
  for (let k = 0; k < tokens.length && k < ROLE_HEAD_WINDOW; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' && t.kind !== 'poss') return false;
    if (roleNoun(t.lower) !== null) return true;
    if (PREPOSITIONS.has(t.lower) && k > 0) return false;
  }
  return false;
}

function phraseText(text: string, tokens: readonly Token[]): string {
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  return text.slice(first.start, last.end);
}

/** The roles beside a name, added to run.roles in place. */
export function addAppositiveRoles(text: string, tokens: readonly Token[], frame: Frame, run: NameRun): void {
  if (run.inQuote || run.position === 'modifier' || run.position === 'possessive') return;
  // After: NAME, ROLE-PHRASE (, | . | end)
  const comma = tokens[run.end];
  if (comma && comma.text === ',') {
    let e = run.end + 1;
    while (e < frame.endToken && !STOPS.has((tokens[e] as Token).text)) e++;
    const phrase = tokens.slice(run.end + 1, e);
    const first = phrase[0];
    if (first && phrase.length <= MAX_APPOSITIVE_TOKENS && !CLAUSE_WORDS.has(first.lower)
      && (DETERMINERS.has(first.lower) || ROLE_MODIFIERS.has(first.lower) || roleNoun(first.lower) !== null || first.cap)
      && hasRoleHead(phrase) && !isClauseLike(phrase)) {
      run.roles.push(phraseText(text, phrase));
      // "… concerns Henry Crespo, president of the Florida Democratic Black Caucus.": the sentence ends on the
      // introduction.
      const stop = tokens[e];
      run.endsOnRole = e >= frame.endToken || stop === undefined || stop.text === '.' || (e + 1 >= frame.endToken && stop.kind === 'punct');
    }
  }
  // Before: ROLE-PHRASE, NAME (, | cue)
  const before = tokens[run.first - 1];
  if (before && before.text === ',' && run.first - 1 > frame.firstToken) {
    let s = run.first - 2;
    while (s >= frame.firstToken && !STOPS.has((tokens[s] as Token).text) && (tokens[s] as Token).kind !== 'quote') s--;
    let phrase = tokens.slice(s + 1, run.first - 1);
    while (phrase.length > 0 && (phrase[0] as Token).kind === 'word' && ((phrase[0] as Token).lower === 'and' || (phrase[0] as Token).lower === 'but')) phrase = phrase.slice(1);
    const first = phrase[0];
    const last = phrase[phrase.length - 1];
    const after = tokens[run.end];
    const closes = !after || after.text === ',' || after.text === '.' || CUE_FORMS.has(after.lower);
    if (first && last && closes && phrase.length <= MAX_APPOSITIVE_TOKENS && DETERMINERS.has(first.lower)
      && roleNoun(last.lower) !== null && !isClauseLike(phrase)) {
      run.roles.push(phraseText(text, phrase));
    }
  }
}
