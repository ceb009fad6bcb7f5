// Who a cue belongs to. Read backwards from the cue to its subject ("Lavrov noted", "a senior Russian diplomat,
// Kirill Dmitriev, suggested", "Senator Marco Rubio, who attended the discussions, expressed"), forwards after an
// inverted cue ("…,” said Dr Veldt) or after "according to", and fall back to the sentence's subject for an -ing
// cue ("…, stressing that …") or a second verb ("… but emphasised that …").

import type { BlockContext } from './block-context';
import type { Frame } from './build-frames';
import type { Cue } from './find-cues';
import type { NameRun } from './find-name-runs';
import { CUE_FORMS } from './lexicon/cue-verbs';
import { IRREGULAR_PAST } from './lexicon/past-tense-verbs';
import { AUXILIARIES, BE_FORMS, CLAUSE_WORDS, CUE_ADVERBS, DEFINITE_DETERMINERS, DETERMINERS, PREPOSITIONS, OBJECT_VERBS } from './lexicon/function-words';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import { DOCUMENT_WORDS } from './lexicon/document-words';
import { ORGANISATION_WORDS } from './lexicon/organisation-words';
import { ROLE_MODIFIERS, roleNoun } from './lexicon/role-words';
import { classifyPhrase, type SourcePhrase } from './source-phrase';
import type { Token } from './tokenize-block';

export interface CueSource {
  phrase: SourcePhrase | null;
  /** "… but emphasised": the subject is the previous cue's. */
  coordinated: boolean;
  /** The source comes after the cue ("said Lavrov", "according to Lavrov"). */
  inverted: boolean;
  /** First token of the attribution (source or cue, whichever comes first). */
  attributionStart: number;
  /** Token after the attribution (cue or source, whichever ends last). */
  attributionEnd: number;
}

const SEGMENT_PUNCTUATION: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '—', '–', '-', '[', ']', '.', '!', '?']);
/** Comma-separated phrases to look back through for a subject ("Harry Bond, 30, of Raleigh, N.C., who was among
 * those polled, said": five). */
const MAX_COMMA_SEGMENTS = 5;

function isPunctBoundary(t: Token): boolean {
  return t.kind === 'quote' || t.inQuote || (t.kind === 'punct' && SEGMENT_PUNCTUATION.has(t.text));
}

function isBoundary(t: Token): boolean {
  return isPunctBoundary(t) || (t.kind === 'word' && CLAUSE_WORDS.has(t.lower));
}

function skipAdverbsBack(tokens: readonly Token[], k: number, floor: number): number {
  let i = k;
  while (i >= floor) {
    const t = tokens[i] as Token;
    if (t.kind === 'word' && !t.cap && (CUE_ADVERBS.has(t.lower) || /ly$/u.test(t.lower))) i--;
    else break;
  }
  return i;
}

/** Longest "(…)" aside stepped over when reading back ("Rep. Jim Jordan (R-Ohio), …"). */
const MAX_ASIDE_TOKENS = 10;
/** Longest "— … —" aside stepped over when reading back. */
const MAX_DASH_ASIDE_TOKENS = 40;
const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/** From token `from` backwards, the index of the segment's boundary (floor - 1 at the frame start). */
/**
 * If token `at` closes an aside — "(R-Utah)" or "-- the company that owns … --" — the index just before the
 * aside opens; otherwise null.
 */
function asideStart(tokens: readonly Token[], at: number, floor: number): number | null {
  const t = tokens[at];
  if (!t || t.inQuote) return null;
  if (t.text === ')') {
    let p = at - 1;
    while (p >= floor && (tokens[p] as Token).text !== '(') p--;
    return p >= floor && at - p <= MAX_ASIDE_TOKENS ? p - 1 : null;
  }
  if (DASHES.has(t.text)) {
    // "--" is two tokens but one dash.
    const dashStart = tokens[at - 1]?.text === t.text ? at - 1 : at;
    let p = dashStart - 1;
    while (p >= floor && (tokens[p] as Token).text !== t.text) p--;
    if (p >= floor && at - p <= MAX_DASH_ASIDE_TOKENS) return tokens[p - 1]?.text === t.text ? p - 2 : p - 1;
  }
  return null;
}

/** Longest quoted title stepped over inside a source phrase ("wearing “Ted Cruz” campaign pins"). */
const MAX_EMBEDDED_QUOTE_TOKENS = 8;

/**
 * If token `at` closes a short quotation set inside running words — “Ted Cruz” campaign pins, author of
 * ''America's Unwritten Constitution,'' put it — the index just before it opens; otherwise null.
 */
function embeddedQuoteStart(tokens: readonly Token[], at: number, floor: number, beforeCue = false): number | null {
  const close = tokens[at];
  const after = tokens[at + 1];
  // Running words go on after it: a noun ("campaign pins"), not a pronoun or a cue that starts a clause of its own
  // (unless the caller reads back from that very cue: "author of ''America's Unwritten Constitution,'' put it").
  if (!close || close.kind !== 'quote' || !after || after.kind !== 'word' || after.inQuote || after.cap
    || SUBJECT_PRONOUNS.has(after.lower) || (CUE_FORMS.has(after.lower) && !beforeCue)) return null;
  let p = at - 1;
  while (p >= floor && (tokens[p] as Token).inQuote) p--;
  const open = tokens[p];
  const before = tokens[p - 1];
  if (p < floor || p === at - 1 || !open || open.kind !== 'quote' || at - p > MAX_EMBEDDED_QUOTE_TOKENS + 1) return null;
  return before && p - 1 >= floor && before.kind === 'word' && !before.inQuote ? p - 1 : null;
}

/** Whether the quotation between marks [open, close] reads as a title: every long word capitalised. */
function isTitleQuote(tokens: readonly Token[], open: number, close: number): boolean {
  const words = tokens.slice(open + 1, close).filter((t) => t.kind === 'word' && t.text.length >= 4);
  return words.length > 0 && words.every((t) => t.cap);
}

function backToBoundary(tokens: readonly Token[], from: number, floor: number, clauseWords: boolean): number {
  let s = from;
  while (s >= floor) {
    const t = tokens[s] as Token;
    const aside = t.text === ')' ? asideStart(tokens, s, floor) : t.kind === 'quote' && !clauseWords ? embeddedQuoteStart(tokens, s, floor) : null;
    if (aside !== null) {
      s = aside;
      continue;
    }
    if (clauseWords ? isBoundary(t) || isVerbBoundary(t) : isPunctBoundary(t)) break;
    s--;
  }
  return s;
}

/** A verb inside what should be a subject noun phrase: "Lynch said the nonstop demands …" is no subject of "demands". */
function isVerbBoundary(t: Token): boolean {
  if (t.kind !== 'word' || t.cap || t.inQuote) return false;
  // Only forms that cannot be nouns: "said", "noted", "was"; "report" and "claims" may head the subject.
  return BE_FORMS.has(t.lower) || (CUE_FORMS.has(t.lower) && (t.lower.endsWith('ed') || IRREGULAR_PAST.has(t.lower)));
}

/** A comma phrase that describes rather than names: relative clause, participle, prepositional aside, age. */
function isDescriptiveForm(ctx: BlockContext, from: number, to: number): boolean {
  const first = ctx.tokens[from];
  if (!first || first.kind !== 'word') return true;
  if (first.lower === 'who' || first.lower === 'which' || first.lower === 'whose') return true;
  if (/ing$/u.test(first.lower) && !first.cap) return true;
  // "…, alongside those of X, signaled": a parenthetical prepositional phrase.
  if (PREPOSITIONS.has(first.lower)) return true;
  if (/^\p{N}+$/u.test(first.text) && to - from === 1) return true;
  // "…, asked about the deaths of journalists, said", "…, now 81 and retired in Cambridge, said": a participle
  // with its preposition, or "now", opens an aside that describes the subject before it.
  const second = ctx.tokens[from + 1];
  const participle = PARTICIPLE_ASIDE.test(first.lower) || IRREGULAR_PAST.has(first.lower);
  if (!first.cap && participle && second !== undefined && PREPOSITIONS.has(second.lower)) return true;
  if (first.lower === 'now' && second !== undefined && !second.cap) return true;
  return to - from <= 2 && (CUE_ADVERBS.has(first.lower) || /ly$/u.test(first.lower));
}

/** A past participle opening an aside ("asked about …", "elected in 2010"). */
const PARTICIPLE_ASIDE = /^\p{L}{2,}ed$/u;

/** A country, state or city: "Republican of Minnesota", "of Raleigh, N.C." close an aside, they name no subject. */
function placeLike(p: SourcePhrase | null): boolean {
  return p !== null && (p.kind === 'place' || (p.kind === 'name' && p.run.place));
}

/** Words before a name that make it the subject of a subordinate clause ("after Mr. Trump, asked about …, had said"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'as', 'since', 'until', 'because', 'although', 'though', 'if', 'once']);

/** A person's name closing tokens [from, to) right after a subordinator: the subject of the clause it opens. */
function clauseSubjectAtEnd(ctx: BlockContext, from: number, to: number): SourcePhrase | null {
  for (let k = to - 1; k >= from; k--) {
    const run = ctx.runAt.get(k);
    if (!run) continue;
    const before = ctx.tokens[run.first - 1];
    const opens = before !== undefined && before.kind === 'word' && CLAUSE_OPENERS.has(before.lower);
    if (run.end !== to || run.place || run.position === 'possessive' || run.position === 'modifier' || !opens) return null;
    return { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run };
  }
  return null;
}

/** Relative pronouns whose clause reports speech ("who said", "which reported"); "that" is left out, as it is
 * more often the start of a reported clause ("officials said that …"). */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which']);

/** Longest unclosed relative clause read back over to its antecedent ("who spoke anonymously to discuss internal
 * strategy said": eight words). */
const MAX_RELATIVE_TOKENS = 12;

/** A "who" at or before token `from`, at most MAX_RELATIVE_TOKENS before the cue with no punctuation between; or -1. */
function openRelative(tokens: readonly Token[], floor: number, from: number, cue: number): number {
  for (let w = from; w >= floor && cue - w <= MAX_RELATIVE_TOKENS; w--) {
    const t = tokens[w] as Token;
    if (t.inQuote || (t.kind !== 'word' && t.kind !== 'poss')) return -1;
    if (t.lower === 'who') return w;
  }
  return -1;
}

/** The noun phrase just before the relative pronoun at `relative` (a comma between allowed): its longest
 * reading as a name, pronoun, role or organisation that ends right there. */
function antecedentBefore(ctx: BlockContext, floor: number, relative: number): { phrase: SourcePhrase; from: number } | null {
  const { tokens } = ctx;
  let end = tokens[relative - 1]?.text === ',' ? relative - 1 : relative;
  // Two segments: "Nate Silver, the polling guru who founded …": a role no lexicon knows ("guru") stands in
  // apposition to the name before its comma.
  for (let segment = 0; segment < 2; segment++) {
    const b = backToBoundary(tokens, end - 1, floor, true);
    for (let from = b + 1; from < end; from++) {
      const phrase = classifyPhrase(ctx, from, end);
      if (!phrase || phrase.kind === 'place' || (phrase.kind === 'name' && phrase.run.place)) continue;
      // "Henry added the caption which reads, “…”": a document speaks for whoever wrote it; left to the context.
      return phrase.kind === 'org' && phrase.document ? null : { phrase, from };
    }
    if (b < floor || tokens[b]?.text !== ',') return null;
    end = b;
  }
  return null;
}

/**
 * "At the bottom it reads, “…”", "In 2015 he wrote": a pronoun right before the cue after an opening
 * prepositional phrase written without its comma. Only when the stretch opens with a preposition.
 */
function pronounAfterOpener(ctx: BlockContext, from: number, at: number): SourcePhrase | null {
  const opener = ctx.tokens[from];
  const t = ctx.tokens[at];
  if (!opener || !t || at <= from || opener.kind !== 'word' || !PREPOSITIONS.has(opener.lower) || t.kind !== 'word' || t.inQuote) return null;
  const pronoun = SUBJECT_PRONOUNS.get(t.lower);
  return pronoun ? { kind: 'pronoun', block: ctx.block, start: t.start, end: t.end, pronoun, text: t.text } : null;
}

/** The subject of a cue, read backwards. */
export function sourceBefore(ctx: BlockContext, frame: Frame, cue: Cue): CueSource {
  const { tokens } = ctx;
  const floor = frame.firstToken;
  let k = skipAdverbsBack(tokens, cue.first - 1, floor);
  // "Rep. Jim Jordan (R-Ohio) said", "John Dickey, the chief executive -- whose company … -- told me".
  for (let aside = asideStart(tokens, k, floor); aside !== null; aside = asideStart(tokens, k, floor)) k = skipAdverbsBack(tokens, aside, floor);
  // "As Akhil Amar, …, author of ''America's Unwritten Constitution,'' put it": a title quoted right before the cue.
  const title = k === cue.first - 1 ? embeddedQuoteStart(tokens, k, floor, true) : null;
  if (title !== null && (tokens[title + 1] as Token).kind === 'quote' && isTitleQuote(tokens, title + 1, k)) k = title;
  const s = backToBoundary(tokens, k, floor, true);
  if (s < k) {
    const phrase = classifyPhrase(ctx, s + 1, k + 1) ?? pronounAfterOpener(ctx, s + 1, k);
    const joined = tokens[s]?.lower === 'and' && s - 1 >= floor ? coordinatedSubject(ctx, floor, s, k, phrase) : null;
    if (joined) return { phrase: joined.phrase, coordinated: false, inverted: false, attributionStart: joined.from, attributionEnd: cue.end };
    // "Michele Bachmann, Republican of Minnesota, told": the place closes an aside; the subject is further back.
    const behindAside = placeLike(phrase) && tokens[s]?.text === ',' ? commaWalk(ctx, floor, s, cue) : null;
    if (behindAside?.phrase && !placeLike(behindAside.phrase)) return behindAside;
    // "Akhil Amar, professor of law at Yale and author of …, put it": a bare role (no determiner) in apposition; the
    // name before its comma speaks.
    if (phrase?.kind === 'role' && !DETERMINERS.has(tokens[s + 1]?.lower ?? '') && tokens[s + 1]?.cap !== true) {
      const comma = backToBoundary(tokens, s, floor, false);
      const named = comma >= floor && tokens[comma]?.text === ',' ? commaWalk(ctx, floor, comma, cue) : null;
      if (named?.phrase?.kind === 'name' && !placeLike(named.phrase)) return named;
    }
    // "Katie Packer, who is chairman of Our Principles Pac said", "a White House official who spoke anonymously
    // said": a relative clause left unclosed before the cue; its antecedent speaks.
    const relative = phrase === null || phrase.kind === 'role' || phrase.kind === 'org' ? openRelative(tokens, floor, s, cue.first) : -1;
    const antecedent = relative >= 0 ? antecedentBefore(ctx, floor, relative) : null;
    if (antecedent && (phrase === null || antecedent.phrase.kind === 'name')) {
      return { phrase: antecedent.phrase, coordinated: false, inverted: false, attributionStart: antecedent.from, attributionEnd: cue.end };
    }
    return { phrase, coordinated: false, inverted: false, attributionStart: s + 1, attributionEnd: cue.end };
  }
  const boundary = s >= floor ? tokens[s] : undefined;
  // "Stevie Wonder, who joked", "the Chicago Police Department, which reported": the relative's antecedent.
  if (boundary && boundary.kind === 'word' && RELATIVE_PRONOUNS.has(boundary.lower)) {
    const antecedent = antecedentBefore(ctx, floor, s);
    if (antecedent) return { phrase: antecedent.phrase, coordinated: false, inverted: false, attributionStart: antecedent.from, attributionEnd: cue.end };
  }
  if (boundary && boundary.kind === 'word' && (boundary.lower === 'and' || boundary.lower === 'but' || boundary.lower === 'or' || boundary.lower === 'then')) {
    return { phrase: null, coordinated: true, inverted: false, attributionStart: s, attributionEnd: cue.end };
  }
  if (boundary && boundary.text === ',') {
    const walked = commaWalk(ctx, floor, s, cue);
    if (walked) return walked;
  }
  return { phrase: null, coordinated: false, inverted: false, attributionStart: cue.first, attributionEnd: cue.end };
}

/**
 * Walk back over comma phrases from the comma at `comma` ("Yury Ushakov, a key aide to …, confirmed"): a name or
 * pronoun wins; a role phrase ("a senior Russian diplomat") is kept in case no name comes. Places ("of Raleigh,
 * N.C.") and descriptive asides are stepped over.
 */
function commaWalk(ctx: BlockContext, floor: number, comma: number, cue: Cue): CueSource | null {
  const { tokens } = ctx;
  let end = comma;
  let fallback: { phrase: SourcePhrase; from: number } | null = null;
  // A place name alone ("N.C.", "Paris") may still be a person's surname: kept, but a name further back wins.
  let place: { phrase: SourcePhrase; from: number } | null = null;
  for (let n = 0; n < MAX_COMMA_SEGMENTS; n++) {
    const b = backToBoundary(tokens, end - 1, floor, false);
    const from = b + 1;
    if (from >= end) break;
    // "“…” that Sanders can catch Clinton, said Steve Elmendorf": a clause of its own (a "that" or a modal) is
    // what was said, not who said it.
    if (!isDescriptiveForm(ctx, from, end) && isClause(tokens, from, end)) break;
    if (!isDescriptiveForm(ctx, from, end)) {
      let phrase = clauseSubjectAtEnd(ctx, from, end) ?? classifyPhrase(ctx, from, end);
      // "Massimo Franco, a columnist for the Italian newspaper Corriere della Sera, wrote": a role phrase in
      // apposition names its employer inside it; the name before its comma speaks.
      // Only when a preposition leads to the name ("the economist Jared Bernstein" is a name with its role).
      if (phrase?.kind === 'name' && phrase.run.first > from && DETERMINERS.has(tokens[from]?.lower ?? '') && !tokens[from]?.cap
        && tokens.slice(from, phrase.run.first).some((t) => t.kind === 'word' && PREPOSITIONS.has(t.lower))) {
        const role = classifyPhrase(ctx, from, end, -1, true);
        if (role?.kind === 'role') phrase = role;
      }
      if (phrase && (phrase.kind === 'name' || phrase.kind === 'pronoun') && !placeLike(phrase)) {
        return { phrase, coordinated: false, inverted: false, attributionStart: from, attributionEnd: cue.end };
      }
      if (phrase && placeLike(phrase)) place ??= { phrase, from };
      else if (phrase && !fallback) fallback = { phrase, from };
    }
    if (b < floor || (tokens[b] as Token).text !== ',') break;
    end = b;
  }
  const best = fallback ?? place;
  return best ? { phrase: best.phrase, coordinated: false, inverted: false, attributionStart: best.from, attributionEnd: cue.end } : null;
}

/** Whether tokens [from, to) read as a clause: opened by "that", or holding a modal verb outside quotations. */
function isClause(tokens: readonly Token[], from: number, to: number): boolean {
  if (tokens[from]?.lower === 'that') return true;
  return tokens.slice(from, to).some((t) => t.kind === 'word' && !t.inQuote && MODALS.has(t.lower));
}

/** Modal verbs: a finite clause, never part of a name or a role. */
const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must']);

/**
 * "Lavrov and Rubio agreed", "The United States and Russia announced": a subject of two noun phrases. A named
 * person comes first ("Lavrov"); two countries are no speaker ("The United States and Russia"), and two bodies
 * make one organisation ("NATO and the European Union").
 */
function coordinatedSubject(ctx: BlockContext, floor: number, and: number, end: number, second: SourcePhrase | null): { phrase: SourcePhrase; from: number } | null {
  const { tokens } = ctx;
  const b = backToBoundary(tokens, and - 1, floor, true);
  const from = b + 1;
  if (from >= and) return null;
  const first = classifyPhrase(ctx, from, and);
  if (first && first.kind === 'name' && !first.run.place) return { phrase: first, from };
  // "the Florida senator and Republican presidential candidate said": one person with two roles, the first
  // pointing back to them.
  if (first?.kind === 'role' && first.definite && !first.plural && second?.kind === 'role' && !second.definite && !second.plural
    && !DETERMINERS.has(tokens[and + 1]?.lower ?? '')) return { phrase: first, from };
  const isPlace = (p: SourcePhrase | null): boolean => p !== null && (p.kind === 'place' || (p.kind === 'name' && p.run.place));
  if (isPlace(first) && isPlace(second)) {
    return { phrase: { kind: 'place', block: ctx.block, start: (tokens[from] as Token).start, end: (tokens[end] as Token).end }, from };
  }
  const allCapitalised = (a: number, z: number): boolean => tokens.slice(a, z).every((t) => t.kind !== 'word' || t.cap || DETERMINERS.has(t.lower));
  const secondIsBody = second === null ? allCapitalised(and + 1, end + 1) : second.kind === 'org' || (second.kind === 'name' && !second.run.titled && second.run.size === 1);
  if (!secondIsBody || !(first?.kind === 'org' || (first === null && allCapitalised(from, and)))) return null;
  const startTok = tokens[from] as Token;
  const endTok = tokens[end] as Token;
  const text = ctx.text.slice(startTok.start, endTok.end);
  const words = tokens.slice(from, end + 1).filter((t) => t.kind === 'word' && !DETERMINERS.has(t.lower)).map((t) => t.lower);
  return {
    phrase: { kind: 'org', block: ctx.block, start: startTok.start, end: endTok.end, text, head: endTok.lower, words, definite: false, document: false },
    from,
  };
}

/** The source after an inverted cue ("said Dr Veldt", "according to a person familiar with the talks"). */
export function sourceAfter(ctx: BlockContext, frame: Frame, cue: Cue): CueSource | null {
  const { tokens } = ctx;
  let e = cue.end;
  // "said former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": an "and" between
  // capitalised titles joins two roles of one person.
  const titleJoint = (k: number): boolean => tokens[k]?.lower === 'and' && k > cue.end && (tokens[k - 1] as Token).cap && tokens[k + 1]?.cap === true;
  while (e < frame.endToken && (!isBoundary(tokens[e] as Token) || titleJoint(e))) e++;
  if (e === cue.end) return null;
  const phrase = classifyPhrase(ctx, cue.end, e, cue.end - 1);
  // The source must follow the cue directly ("said Dr Veldt", "said the minister"), not deep inside a clause.
  const first = tokens[cue.end] as Token;
  const leadsToName = (t: Token): boolean => t.cap || t.acronym || t.kind === 'poss' || roleNoun(t.lower) !== null
    || /^\p{N}/u.test(t.text) || t.text === '/' || t.text === '-'
    || ROLE_MODIFIERS.has(t.lower) || DETERMINERS.has(t.lower);
  if (!phrase || (phrase.kind === 'name' ? !leadsToNameRun(ctx, cue.end, phrase.run.first, leadsToName) : phrase.start !== first.start)) {
    // "said one longtime adviser to Bill Clinton": the name is the role's complement; the role phrase speaks.
    const role = phrase?.kind === 'name' ? classifyPhrase(ctx, cue.end, e, cue.end - 1, true) : null;
    if (!role || role.kind !== 'role' || role.start !== first.start) return null;
    return { phrase: role, coordinated: false, inverted: true, attributionStart: cue.first, attributionEnd: e };
  }
  return { phrase, coordinated: false, inverted: true, attributionStart: cue.first, attributionEnd: e };
}

/** Most lowercase words of a role written before a name ("said former tech executive Carly Fiorina"). */
const MAX_ROLE_PREMODIFIERS = 4;

/**
 * Whether tokens [from, to) only lead up to a name: titles, capitals, determiners, or a role of a few lowercase
 * words right before it ("Idaho nutritional-supplement executive Frank VanderSloot", "retired neurosurgeon Ben Carson").
 */
function leadsToNameRun(ctx: BlockContext, from: number, to: number, leadsToName: (t: Token) => boolean): boolean {
  const tokens = ctx.tokens.slice(from, to);
  if (tokens.every(leadsToName)) return true;
  // The words of a role: no verb, preposition or clause word ("said in a statement Smith" is no role).
  const roleWord = (t: Token): boolean => t.kind === 'word' && !t.inQuote && !AUXILIARIES.has(t.lower) && !CLAUSE_WORDS.has(t.lower)
    && !PREPOSITIONS.has(t.lower) && !CUE_FORMS.has(t.lower) && !/ly$/u.test(t.lower);
  const head = tokens[tokens.length - 1];
  if (!head || !roleWord(head)) return false;
  // Joints inside a role: "Gov. and Democratic National Committee Chairman", "master of ceremonies" ("of" between
  // two lowercase words, never first: "said of Trump" is about Trump).
  const joint = (t: Token, k: number): boolean => {
    const next = tokens[k + 1];
    const prev = tokens[k - 1];
    if (t.lower === 'and') return k > 0 && next !== undefined && next.cap;
    return t.lower === 'of' && k > 0 && prev !== undefined && !prev.cap && prev.kind === 'word' && next !== undefined && !next.cap && next.kind === 'word';
  };
  const rest = tokens.filter((t, k) => !leadsToName(t) && !joint(t, k));
  return rest.length <= MAX_ROLE_PREMODIFIERS && rest.every((t) => roleWord(t) || t.text === '-');
}

/** Quote marks left unpaired next to a closing mark. */
const STRAY_MARKS: ReadonlySet<string> = new Set(["'", '’', '"']);

/** Whether an inverted source may follow this cue: it stands right after a comma, a quotation or the frame start. */
export function mayBeInverted(ctx: BlockContext, frame: Frame, cue: Cue): boolean {
  if (cue.according) return true;
  if (cue.participle) return false;
  let k = skipAdverbsBack(ctx.tokens, cue.first - 1, frame.firstToken);
  // A stray mark after the closing one (''… 'old-school,''' said Slayton) is part of the quotation's end.
  while (k >= frame.firstToken && STRAY_MARKS.has((ctx.tokens[k] as Token).text)) k--;
  if (k < frame.firstToken) return true;
  const prev = ctx.tokens[k] as Token;
  return prev.kind === 'quote' || prev.inQuote || prev.text === ',' || prev.text === '—';
}

/** Longest clause read back over before "and" to find the subject of a coordinated cue ("he laughed and said"). */
const MAX_COORDINATED_CLAUSE_TOKENS = 8;

/**
 * The subject of the clause that ends at the "and" of a coordinated cue: "…, he laughed and said, “We’ll see.”".
 * Only a "he"/"she" or a name that opens that short clause.
 */
export function coordinatedClauseSubject(ctx: BlockContext, frame: Frame, and: number): SourcePhrase | null {
  const { tokens } = ctx;
  const b = backToBoundary(tokens, and - 1, frame.firstToken, true);
  const from = b + 1;
  if (from >= and || and - from > MAX_COORDINATED_CLAUSE_TOKENS) return null;
  const first = tokens[from] as Token;
  const pronoun = SUBJECT_PRONOUNS.get(first.lower);
  if (pronoun === 'm' || pronoun === 'f') return { kind: 'pronoun', block: ctx.block, start: first.start, end: first.end, pronoun, text: first.text };
  const run = ctx.runAt.get(from);
  if (run && !run.inQuote && !run.place && run.position === 'subject' && run.end < and) return { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run };
  return null;
}

/** Words that open a subordinate clause before the main one ("When asked about …, Rubio said"). */
const INTRODUCERS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'if', 'although', 'though', 'because', 'once', 'unless', 'whether', 'asked', 'speaking', 'addressing']);

/**
 * Whether token k is the main verb after a subject that started at `from`: an auxiliary, or a past tense right
 * after a plain lowercase noun ("protesters continued"), not an adjective after a determiner ("the embattled").
 */
function mainVerbAt(tokens: readonly Token[], k: number, from: number): boolean {
  const t = tokens[k] as Token;
  if (t.cap || t.inQuote) return false;
  const prev = tokens[k - 1];
  if (!prev || k - 1 < from || prev.kind !== 'word' || prev.inQuote || prev.cap) return false;
  // The subject is one plain noun phrase: "Ever since she endorsed …" is a subordinate clause, not the main one.
  if (tokens.slice(from, k).some((x) => x.kind !== 'word' || CLAUSE_WORDS.has(x.lower) || SUBJECT_PRONOUNS.has(x.lower))) return false;
  if (AUXILIARIES.has(t.lower)) return true;
  const past = IRREGULAR_PAST.has(t.lower) || /\p{L}{2}ed$/u.test(t.lower);
  return past && !DETERMINERS.has(prev.lower) && !PREPOSITIONS.has(prev.lower) && !/ly$/u.test(prev.lower) && !AUXILIARIES.has(prev.lower);
}

/**
 * "Hoff’s letter makes a libertarian-style case: “…”": a possessive name opening the sentence before a document
 * word (the letter, the statement, the tweet) is the document's writer, who speaks through it.
 */
function writerOf(ctx: BlockContext, run: NameRun, from: number): boolean {
  if (run.position !== 'possessive' || run.first !== from || run.place) return false;
  const noun = ctx.tokens[run.end + 1];
  return ctx.tokens[run.end]?.kind === 'poss' && noun !== undefined && noun.kind === 'word' && !noun.cap && DOCUMENT_WORDS.has(noun.lower);
}

/** The subject of the frame before token `before`: its first name, pronoun or definite role phrase, or a definite
 * organisation ("The Clinton campaign") unless `bodies` is false. */
export function frameSubject(ctx: BlockContext, frame: Frame, before: number, bodies = true): SourcePhrase | null {
  const { tokens } = ctx;
  let from = frame.firstToken;
  // "In a preview clip for Mary J. Blige’s show, Blige sings …": an opening phrase or clause ends at its comma.
  const opener = tokens[from];
  // "Filling in for Sanders at the event, West landed a dig": a participle opening the sentence ends at its comma too.
  const participle = opener !== undefined && /^\p{L}{3,}ing$/u.test(opener.lower) && !opener.inQuote;
  if (opener && opener.kind === 'word' && (PREPOSITIONS.has(opener.lower) || INTRODUCERS.has(opener.lower) || participle)) {
    for (let k = from + 1; k < before; k++) {
      if ((tokens[k] as Token).text === ',') {
        from = k + 1;
        break;
      }
    }
  }
  for (let k = from; k < before; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote || t.kind !== 'word') continue;
    const prev = tokens[k - 1];
    // "Small groups of protesters continued to call …, while chanting": names after the main verb are objects,
    // and a subject that is no name is a group or a body.
    if (k > from && mainVerbAt(tokens, k, from)) {
      const subject = classifyPhrase(ctx, from, k);
      return subject && (subject.kind === 'role' || subject.kind === 'org') ? subject : null;
    }
    const afterPreposition = prev !== undefined && k > frame.firstToken && prev.kind === 'word'
      && (PREPOSITIONS.has(prev.lower) || OBJECT_VERBS.has(prev.lower));
    const run = ctx.runAt.get(k);
    if (run && !run.inQuote) {
      if (run.position === 'subject' || writerOf(ctx, run, from)) return { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run };
      k = run.end - 1;
      continue;
    }
    if (afterPreposition) continue;
    const pronoun = SUBJECT_PRONOUNS.get(t.lower);
    if (pronoun && (pronoun === 'm' || pronoun === 'f')) return { kind: 'pronoun', block: ctx.block, start: t.start, end: t.end, pronoun, text: t.text };
    if (DEFINITE_DETERMINERS.has(t.lower) && t.lower === 'the') {
      let e = k + 1;
      // A body only where the subject starts: after the verb "the Chicago Tribune" is what was checked.
      const isHead = (x: Token): boolean => roleNoun(x.lower) !== null || (bodies && k === from && ORGANISATION_WORDS.has(x.lower));
      while (e < before && e < k + 6 && (tokens[e] as Token).kind === 'word' && !isHead(tokens[e] as Token)) e++;
      const head = tokens[e];
      if (head && e < before && head.kind === 'word' && isHead(head)) {
        // "The Clinton campaign, in a Q&A …, worded it more carefully: “…”": a body speaks as a person does.
        const phrase = classifyPhrase(ctx, k, e + 1);
        if (phrase && (phrase.kind === 'role' || (phrase.kind === 'org' && !phrase.document))) return phrase;
      }
    }
  }
  return null;
}
