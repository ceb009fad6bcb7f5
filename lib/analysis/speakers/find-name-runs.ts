// Finds people's names: runs of capitalised words, split into the role before the name ("Russian Foreign
// Minister") and the name itself ("Sergey Lavrov"). A run that is an organisation ("the Department of Health"),
// a date or a sentence-opening word is not a name. Each name records where it stands: as a possible subject,
// after a preposition (an object), before a noun (a modifier: "the Trump administration") or as a possessive.

import { CALENDAR_WORDS } from './lexicon/calendar-words';
import { CUE_FORMS } from './lexicon/cue-verbs';
import { WORK_WORDS } from './lexicon/document-words';
import { CUE_ADVERBS, DETERMINERS, NON_NAME_WORDS, OBJECT_VERBS, PREPOSITIONS } from './lexicon/function-words';
import { HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, TITLE_ABBREVIATIONS } from './lexicon/honorifics';
import { ORGANISATION_WORDS } from './lexicon/organisation-words';
import { GIVEN_NAME_GENDER } from './lexicon/given-names';
import { GROUP_WORDS, PLACE_NAMES } from './lexicon/place-names';
import { GENDERED_ROLES, ROLE_COMPLEMENTS, ROLE_MODIFIERS, roleNoun } from './lexicon/role-words';
import { foldName } from './fold-name';
import { rolePrefix } from './role-prefix';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import type { Token } from './tokenize-block';

export type RunPosition = 'subject' | 'object' | 'modifier' | 'possessive';

export interface NameRun {
  block: number;
  /** Token range [first, end) of the name, honorific included. */
  first: number;
  end: number;
  start: number;
  endChar: number;
  /** The name as written, honorific included ("Mr. Obama"). */
  surface: string;
  /** The name without honorific ("Obama"). */
  plain: string;
  given: string | null;
  family: string;
  /** Name words, honorific and suffix not counted. */
  size: number;
  honorific: boolean;
  gender: 'm' | 'f' | null;
  /**
   * For a surname alone, the gender of the pronouns after it in its sentence ("Clinton allowed her staff …"):
   * a hint that picks between two people of one surname, never a gender to learn.
   */
  pronounHint?: 'm' | 'f' | null;
  /** The sentence ends on a role set beside the name ("… Henry Crespo, president of the caucus."). */
  endsOnRole?: boolean;
  /** A title or role was written with the name: evidence that it is a person. */
  titled: boolean;
  roles: string[];
  position: RunPosition;
  inQuote: boolean;
  titleCase: boolean;
  /**
   * A place or a people ("Russia", "New Hampshire", "Democrats", "Cuban"): never a new person and never a speaker
   * on its own, though it may name someone already met ("Mark Cuban" … "Cuban said").
   */
  place: boolean;
}

/**
 * What the whole article says about its words' case: a capitalised word that opens a sentence is an ordinary
 * word ("Audiences can expect …", "Based on …") when the article also writes it in lowercase and never
 * capitalises it mid-sentence.
 */
export interface DocumentWords {
  lower: ReadonlySet<string>;
  midCapital: ReadonlySet<string>;
}

/** Numbers written as words, alone or hyphenated ("Twenty-two"). */
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion)(?:-[a-z]+)?$/u;

/** Names longer than this are headline fragments or lists, not one person. */
const MAX_NAME_WORDS = 4;
/** Connectors allowed inside a title or organisation name ("Secretary of State", "Council on Foreign Relations"). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on', 'the', 'and', '&']);

/** The commonest cue forms, the only ones that make a common capitalised word a surname. */
const SAID_FORMS: ReadonlySet<string> = new Set(['said', 'says']);

function isHonorific(t: Token): boolean {
  return HONORIFICS.has(t.lower);
}

function isTitle(t: Token): boolean {
  return TITLE_ABBREVIATIONS.has(t.lower) || (t.cap && roleNoun(t.lower) !== null);
}

/** Whether the token starts a frame (or a quotation), where every word is capitalised anyway. */
function atSentenceStart(tokens: readonly Token[], i: number, frameStarts: ReadonlySet<number>): boolean {
  if (frameStarts.has(i)) return true;
  const prev = tokens[i - 1];
  return prev !== undefined && (prev.kind === 'quote' || prev.text === ':' || prev.text === '(');
}

function isCueAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && CUE_FORMS.has(t.lower);
}

function nameWord(tokens: readonly Token[], i: number, frameStarts: ReadonlySet<number>, words?: DocumentWords): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (isHonorific(t) || TITLE_ABBREVIATIONS.has(t.lower)) return true;
  if (t.acronym) return true;
  // "Ian Read … Read said": a surname spelt like a common word, when the article capitalises it mid-sentence
  // and "said" follows.
  // Inside a run ("Ian Read") the capital alone tells, as the article writes it so mid-sentence.
  const inRun = tokens[i - 1]?.kind === 'word' && (tokens[i - 1] as Token).cap;
  const surnameLike = words?.midCapital.has(t.lower) === true && !SUBJECT_PRONOUNS.has(t.lower) && t.lower.length > 2;
  if (NON_NAME_WORDS.has(t.lower) && !(surnameLike && (inRun || SAID_FORMS.has(tokens[i + 1]?.lower ?? '')))) return false;
  if (CALENDAR_WORDS.has(t.lower)) return false;
  if (/^\p{N}/u.test(t.text)) return false;
  // "Twenty-two", "Three": numbers written out at the start of a sentence.
  if (NUMBER_WORD.test(t.lower)) return false;
  // "(D-Mo.)", "R-Ky.": party-and-state tags.
  if (/^[DRI]-\p{Lu}/u.test(t.text)) return false;
  // "I’d", "We’re": contractions of pronouns.
  if (/^(?:i|we|you|he|she|they|it)[’'](?:d|m|ll|ve|re|s)$/u.test(t.lower)) return false;
  if (atSentenceStart(tokens, i, frameStarts) && /(?:ly|ing)$/u.test(t.lower) && t.lower.length > 4) {
    // "Interestingly, …", "Speaking to reporters, …": a name only when a cue follows ("Kelly said").
    return isCueAt(tokens, i + 1);
  }
  return true;
}

function sameQuoteState(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.inQuote === b.inQuote;
}

/** A sentence-opening capitalised word that the article otherwise writes in lowercase ("Audiences", "Signs"). */
function ordinaryOpener(t: Token, words: DocumentWords): boolean {
  if (words.midCapital.has(t.lower)) return false;
  return words.lower.has(t.lower) || (t.lower.endsWith('s') && words.lower.has(t.lower.slice(0, -1))) || COMMON_ENDING.test(t.lower);
}

/**
 * A capitalised word standing alone at the start of a sentence, that the article never capitalises anywhere else
 * and that is no known first name, is an ordinary word ("Back in 1999, …", "Hours later …", "Aides say …"): a
 * person's surname appears capitalised mid-sentence at least once, in the full name that introduces them. Kept
 * when a cue follows, adverbs aside, as a lone surname that speaks is a person ("Obama stated", "Cruz openly
 * admitted"). Not when any verb follows: "Eyebrows raised …" is no person, and PolNeAR train lost more than it won.
 */
function loneOpener(tokens: readonly Token[], i: number, frameStarts: ReadonlySet<number>, words: DocumentWords): boolean {
  const t = tokens[i] as Token;
  if (!atSentenceStart(tokens, i, frameStarts) || t.acronym || isHonorific(t) || isTitle(t)) return false;
  if (words.midCapital.has(t.lower) || GIVEN_NAME_GENDER.has(plainWord(t))) return false;
  let k = i + 1;
  while (tokens[k]?.kind === 'word' && !(tokens[k] as Token).cap && (CUE_ADVERBS.has((tokens[k] as Token).lower) || /ly$/u.test((tokens[k] as Token).lower))) k++;
  return !isCueAt(tokens, k);
}

/** Endings of verbs and abstract nouns that no surname has ("Horrified", "Projections", "Optimism"). */
const COMMON_ENDING = /\p{L}{3}(?:ed|tions?|sions?|ments?|ness|ity|ism|ances?|ences?|ships?|ful)$/u;

/** Names in one block's tokens. `frameStarts` holds the first token index of each frame. */
export function findNameRuns(block: number, text: string, tokens: readonly Token[], frameStarts: ReadonlySet<number>, titleCase: boolean, words?: DocumentWords): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord(tokens, i, frameStarts, words)) {
      i++;
      continue;
    }
    if (words && !titleCase && atSentenceStart(tokens, i, frameStarts) && !(tokens[i] as Token).acronym && ordinaryOpener(tokens[i] as Token, words)
      && !isHonorific(tokens[i] as Token) && !isTitle(tokens[i] as Token)) {
      i++;
      continue;
    }
    // Collect the run.
    let j = i + 1;
    let titledSoFar = isTitle(tokens[i] as Token) || ORGANISATION_WORDS.has((tokens[i] as Token).lower);
    while (j < tokens.length) {
      const t = tokens[j] as Token;
      if (!sameQuoteState(t, tokens[i])) break;
      if (nameWord(tokens, j, frameStarts, words) && !atSentenceStart(tokens, j, frameStarts)) {
        if (isTitle(t) || ORGANISATION_WORDS.has(t.lower)) titledSoFar = true;
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (t.kind === 'word' && NAME_PARTICLES.has(t.lower) && next && next.cap && next.kind === 'word') {
        j++;
        continue;
      }
      // "Secretary of State", "Department of Health", "Council on Foreign Relations": a connector only right
      // after a title or an organisation word, never after a name ("Charles B. Rangel of New York").
      const prevTok = tokens[j - 1] as Token;
      const afterTitle = isTitle(prevTok) || ORGANISATION_WORDS.has(prevTok.lower) || ROLE_COMPLEMENTS.has(prevTok.lower) || CONNECTORS.has(prevTok.lower);
      if (t.kind === 'word' && titledSoFar && afterTitle && CONNECTORS.has(t.lower) && next && next.kind === 'word' && (next.cap || next.lower === 'the')) {
        j++;
        continue;
      }
      break;
    }
    // Trailing connectors belong to the sentence, not the run.
    while (j > i + 1 && CONNECTORS.has((tokens[j - 1] as Token).lower)) j--;
    if (words && !titleCase && j === i + 1 && loneOpener(tokens, i, frameStarts, words)) {
      i = j;
      continue;
    }
    const run = analyseRun(block, text, tokens, i, j, titleCase);
    if (run) runs.push(run);
    i = j;
  }
  return runs;
}

function analyseRun(block: number, text: string, tokens: readonly Token[], i: number, j: number, titleCase: boolean): NameRun | null {
  // Split off the title: the name starts after the last role word (and its "of State" complement).
  let nameStart = i;
  for (let k = i; k < j; k++) {
    const t = tokens[k] as Token;
    if (isHonorific(t)) {
      nameStart = k;
      continue;
    }
    if (isTitle(t)) {
      let m = k + 1;
      const connector = tokens[m];
      if (connector && (connector.lower === 'of' || connector.lower === 'for')) {
        m++;
        while (m < j && ROLE_COMPLEMENTS.has((tokens[m] as Token).lower)) m++;
        // A long tail after "Director of National Intelligence" is more title than name: keep the last two words.
        if (j - m > 3) m = j - 2;
      }
      nameStart = m;
    }
  }
  // Acronyms at the front ("US", "NATO") are part of the role, never of the name.
  while (nameStart < j && (tokens[nameStart] as Token).acronym) nameStart++;
  if (nameStart >= j) return null;
  const nameTokens = tokens.slice(nameStart, j);
  if (nameTokens.some((t) => t.acronym || CONNECTORS.has(t.lower) || ORGANISATION_WORDS.has(t.lower) || roleNoun(t.lower) !== null && !isHonorific(t))) {
    return null;
  }
  const honorificToken = isHonorific(nameTokens[0] as Token) ? (nameTokens[0] as Token) : null;
  const words = nameTokens.filter((t) => !isHonorific(t) && !NAME_PARTICLES.has(t.lower));
  const core = words.filter((t) => !NAME_SUFFIXES.has(t.lower));
  if (core.length === 0 || core.length > MAX_NAME_WORDS) return null;
  const familyToken = core[core.length - 1] as Token;
  const givenToken = core.length >= 2 ? (core[0] as Token) : null;
  const firstTok = nameTokens[0] as Token;
  const lastTok = nameTokens[nameTokens.length - 1] as Token;
  const plainStart = (honorificToken ? nameTokens[1] : firstTok) ?? firstTok;

  const roles: string[] = [];
  let gender: 'm' | 'f' | null = honorificToken ? (HONORIFICS.get(honorificToken.lower) ?? null) : null;
  const prefix = rolePrefix(text, tokens, i, nameStart);
  if (prefix) {
    roles.push(prefix.text);
    gender ??= prefix.gender;
  }

  const before = tokens[i - 1];
  // "(D-Mo.)", "(R-Utah)": a party-and-state tag, not a name.
  if (before && before.text === '(' && tokens[j]?.text === ')') return null;
  // "In her 2003 book, Living History, Clinton noted", "the film Selma": the title of a work, not a person.
  // Set off by commas on both sides, or right after the word: "In an interview with the magazine, Khan said" names Khan.
  const workAt = before?.text === ',' ? (tokens[j]?.text === ',' ? tokens[i - 2] : undefined) : before;
  if (!prefix && workAt && workAt.kind === 'word' && !workAt.cap && WORK_WORDS.has(workAt.lower)) return null;
  const beforeDet = before && DETERMINERS.has(before.lower) ? tokens[i - 2] : before;
  const after = tokens[j];
  let position: RunPosition = 'subject';
  if (after && after.kind === 'poss') position = 'possessive';
  else if (after && after.kind === 'word' && !after.cap
    && (roleNoun(after.lower) !== null || ROLE_MODIFIERS.has(after.lower) || ORGANISATION_WORDS.has(after.lower))) position = 'modifier';
  // After a preposition or an object verb, an object; but "with Clinton lambasting …" is the participle's subject,
  // and "a worker named Antonio Arroyo" completes the role phrase and takes its place in the sentence.
  else if (beforeDet && beforeDet.kind === 'word' && (PREPOSITIONS.has(beforeDet.lower) || OBJECT_VERBS.has(beforeDet.lower))
    && !(beforeDet.lower === 'with' && beforeDet === before && participleAfter(tokens, j))
    && !(beforeDet.lower === 'named' && beforeDet === before && roleNoun(tokens[i - 2]?.lower ?? '') !== null)) position = 'object';
  // "a Lebanese man visiting Nice with his family": the object of a participle.
  else if (before && before.kind === 'word' && !before.cap && !before.inQuote && /\p{L}{3}ing$/u.test(before.lower) && !ING_NOUNS.has(before.lower)) position = 'object';
  // A name after "the" is a place or a thing ("the United States"), and after "a" a kind ("a former Miss
  // Universe"), unless a role word introduced it.
  let d = i - 1;
  while (d >= 0 && (tokens[d] as Token).kind === 'word' && !(tokens[d] as Token).cap && ROLE_MODIFIERS.has((tokens[d] as Token).lower)) d--;
  const det = tokens[d];
  if (det && (det.lower === 'the' || det.lower === 'a' || det.lower === 'an') && !prefix && nameStart === i) return null;

  return {
    block,
    first: nameStart,
    end: j,
    start: firstTok.start,
    endChar: lastTok.end,
    surface: text.slice(firstTok.start, lastTok.end),
    plain: text.slice(plainStart.start, lastTok.end),
    given: givenToken ? foldName(givenToken.text) : null,
    family: foldName(familyToken.text),
    size: core.length,
    honorific: honorificToken !== null,
    // An honorific or a role says it outright; a first name usually does ("Josh", "Hillary").
    gender: gender ?? genderOfRoles(roles) ?? (givenToken ? (GIVEN_NAME_GENDER.get(plainWord(givenToken)) ?? null) : null),
    titled: honorificToken !== null || prefix !== null,
    roles,
    position,
    inQuote: firstTok.inQuote,
    titleCase,
    // "Democrats", "Roman Catholic": peoples, parties and faiths are not people's names either.
    place: PLACE_NAMES.has(core.map(plainWord).join(' ')) || core.every((t) => GROUP_WORDS.has(t.lower)) || isVenue(core),
  };
}

/**
 * Last words that make a name a place or a venue ("Atlantic City", "Bank of America Stadium", "Romare Bearden
 * Plaza"). Words that are also common surnames (Hall, Park, Rivers, Lake, Bridges) are left out.
 */
const VENUE_WORDS: ReadonlySet<string> = new Set([
  'city', 'county', 'street', 'avenue', 'boulevard', 'square', 'plaza', 'stadium', 'arena', 'airport', 'island',
  'islands', 'beach', 'valley', 'heights', 'springs', 'bay', 'parkway', 'canyon', 'harbor', 'harbour', 'coliseum',
  'fairgrounds', 'township', 'borough', 'province', 'peninsula',
]);

/** A name of two words or more that ends on a venue word, unless it opens with a known first name. */
function isVenue(core: readonly Token[]): boolean {
  const last = core[core.length - 1];
  return core.length >= 2 && last !== undefined && VENUE_WORDS.has(last.lower) && !GIVEN_NAME_GENDER.has(plainWord(core[0] as Token));
}

/** Words in -ing that are nouns, after which a name may start a clause ("Monday morning Trump tweeted"). */
const ING_NOUNS: ReadonlySet<string> = new Set([
  'morning', 'evening', 'thing', 'nothing', 'something', 'anything', 'everything', 'building', 'spring', 'meeting',
  'hearing', 'briefing', 'wedding', 'ruling', 'funding', 'sibling', 'darling', 'ceiling', 'string', 'offspring',
  'lightning', 'clothing', 'feeling', 'ending', 'beginning', 'during', 'king', 'ring', 'wing', 'thanksgiving',
  'timing', 'polling', 'setting', 'opening', 'booking', 'filing', 'painting', 'reading', 'wording',
]);

/** Longest "— … —" aside stepped over between a name and its participle. */
const MAX_DASH_ASIDE = 30;

/**
 * Whether an -ing participle follows token `j` (adverbs or a dash aside between): "with Hillary Clinton — who has
 * called for tax hikes — lambasting Trump’s plan" makes her the subject of the participle, not an object.
 */
function participleAfter(tokens: readonly Token[], j: number): boolean {
  let k = j;
  const dash = tokens[k];
  if (dash && (dash.text === '—' || dash.text === '–')) {
    let e = k + 1;
    while (e < tokens.length && e - k <= MAX_DASH_ASIDE && (tokens[e] as Token).text !== dash.text) e++;
    if ((tokens[e] as Token | undefined)?.text !== dash.text) return false;
    k = e + 1;
  }
  while (tokens[k]?.kind === 'word' && /\p{L}{2}ly$/u.test((tokens[k] as Token).lower)) k++;
  const t = tokens[k];
  return t !== undefined && t.kind === 'word' && !t.cap && !t.inQuote && /\p{L}{3}ing$/u.test(t.lower);
}

/** A word lowercased without accents or a final period ("José" -> "jose", "Calif." -> "calif"), for the word lists. */
function plainWord(t: Token): string {
  return t.lower.normalize('NFD').replace(/\p{M}+/gu, '').replace(/\.$/u, '');
}

function genderOfRoles(roles: readonly string[]): 'm' | 'f' | null {
  for (const role of roles) {
    for (const word of role.toLowerCase().split(/\s+/u)) {
      const g = GENDERED_ROLES.get(word);
      if (g) return g;
    }
  }
  return null;
}
