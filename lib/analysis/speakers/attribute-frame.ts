// One frame (a sentence, quotations kept whole): find its cues, tie each to a source, cut out what each cue
// reports (indirect quotes), and give each quotation in it a speaker. The rules for a quotation, strongest first:
//   A. an attribution right after it ("…,” Lavrov remarked. / “…,” said Dr Veldt.)
//   B. an attribution right before it (Zelenskyy said, “…”)
//   C. a reported clause it sits in, or the first cue before it (Lavrov noted that … “lay the groundwork …”)
//   D. the frame's subject, for a partial quote without a cue (Lavrov and Rubio agreed to work on the “…”)
// Quotations left without a speaker here are handled by attributeQuotes (continuation from earlier quotes).

import type { QuoteKind } from '../types';
import type { Agent, AgentBook } from './agent-book';
import type { BlockContext } from './block-context';
import { firstTokenFrom, type Frame } from './build-frames';
import { findCues, type Cue } from './find-cues';
import type { QuoteSpan } from './find-quote-spans';
import { coordinatedClauseSubject, frameSubject, mayBeInverted, sourceAfter, sourceBefore, type CueSource } from './cue-source';
import { CUE_ADVERBS, PREPOSITIONS } from './lexicon/function-words';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import { clauseAfterCue, clauseEnd, endsFrame, trimRange, type TokenRange } from './reported-clause';
import type { NameRun } from './find-name-runs';
import { classifyPhrase, type SourcePhrase } from './source-phrase';
import { isThingHead, thingPhraseAt } from './thing-phrase';
import type { Token } from './tokenize-block';

export interface QuoteDraft {
  block: number;
  start: number;
  end: number;
  kind: QuoteKind;
  agent: Agent | null;
  cue: string | null;
  /** How sure the attribution is: 3 adjacent, 2 same sentence, 1 sentence subject, 0 none. */
  strength: number;
  span: QuoteSpan | null;
}

interface Attribution {
  cue: Cue;
  source: CueSource;
  agent: Agent | null;
  content: TokenRange | null;
}

/** Longest lead before "Name: “…”" read as a caption or headline ("A lesson from Loretta Lynch:"). */
const MAX_COLON_LEAD_WORDS = 6;
/** Quotations this short are terms a body is said to use, not its words (see rule D). */
const MAX_BODY_TERM_WORDS = 3;
/** Tokens allowed between a cue and the quotation it introduces ("told reporters in Riyadh on Tuesday:"). */
const MAX_LEAD_IN_GAP = 10;
const SENTENCE_PUNCTUATION: ReadonlySet<string> = new Set(['.', '!', '?', ';']);

function tokenAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  const k = firstTokenFrom(tokens, offset);
  return k >= from && k < to && (tokens[k] as Token).start === offset ? k : -1;
}

function isOnlyQuotation(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range[0]; k < range[1]; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' && !t.inQuote) return false;
  }
  return true;
}

function recordPlace(agent: Agent | null, phrase: SourcePhrase | null, text: string): void {
  if (!agent || !phrase || phrase.kind === 'name') return;
  agent.places.push({ block: phrase.block, start: phrase.start, end: phrase.end });
  const form = text.slice(phrase.start, phrase.end);
  if (!agent.forms.includes(form)) agent.forms.push(form);
}

/** Words on each side of an aside attribution: "The plan, he said, is flawed" has two and two. */
const MIN_ASIDE_SIDE_WORDS = 2;

/**
 * "The plan, he said, is flawed": an attribution set off by commas inside the sentence it reports. The quote is
 * the whole sentence, the short aside included, since a quote is one stretch of text (the aside is painted as
 * the speaker's mention anyway). Only when it is the frame's one attribution.
 */
function asideRange(tokens: readonly Token[], frame: Frame, source: CueSource, alone: boolean): TokenRange | null {
  if (!alone || tokens[source.attributionEnd]?.text !== ',') return null;
  const words = (from: number, to: number): number => tokens.slice(from, to).filter((t) => t.kind === 'word' && !t.inQuote).length;
  if (words(frame.firstToken, source.attributionStart) < MIN_ASIDE_SIDE_WORDS) return null;
  if (words(source.attributionEnd + 1, frame.endToken) < MIN_ASIDE_SIDE_WORDS) return null;
  return [frame.firstToken, frame.endToken];
}

/** Processes frame `frameIndex` of the block; appends its quotes to `drafts`. Returns the agent a trailing "reports:" hands to the next block. */
export function attributeFrame(ctx: BlockContext, frameIndex: number, book: AgentBook, drafts: QuoteDraft[]): Agent | null {
  const { tokens, text } = ctx;
  const frame = ctx.frames[frameIndex] as Frame;
  const frameRuns = (ctx.frameRuns[frameIndex] ?? []).filter((r) => !r.inQuote);
  book.enterFrame();
  let nextRun = 0;
  let cursor = frame.firstToken;
  let firstSubjectSeen = false;
  // Names and "he"/"she" are read in order up to `upTo`, so the book knows who each sentence is about.
  const flush = (upTo: number): void => {
    for (; cursor < upTo && cursor < frame.endToken; cursor++) {
      const next = frameRuns[nextRun];
      if (next && next.first <= cursor) {
        // Only the frame's first name in subject position is its subject; later ones are objects more often than not.
        book.noteRun(next, !firstSubjectSeen && next.position === 'subject');
        // A place standing first ("In Salem, New Hampshire, Trump said") is not who the sentence is about.
        if (next.position === 'subject' && !next.place) firstSubjectSeen = true;
        nextRun++;
        cursor = Math.max(cursor, next.end - 1);
        continue;
      }
      const t = tokens[cursor] as Token;
      if (isThingHead(t)) {
        const thing = thingPhraseAt(ctx, frame, cursor);
        if (thing) book.noteThing(thing, ctx.block, cursor);
      }
      const pronoun = t.inQuote ? undefined : SUBJECT_PRONOUNS.get(t.lower);
      // "He spent the day in Ohio. … “…,” he said": a pronoun carries its person on to the next sentence.
      if (pronoun === 'm' || pronoun === 'f') {
        book.notePronoun(pronoun, ctx.block, cursor, !firstSubjectSeen);
        firstSubjectSeen = true;
      }
    }
  };
  const resolve = (phrase: SourcePhrase | null, at: number): Agent | null => {
    if (!phrase) return null;
    flush(at);
    const agent = book.resolve(phrase, ctx.block, at);
    recordPlace(agent, phrase, text);
    // The source of a subordinate clause's cue ("… when Tapper asked whether …") is not who the sentence is about.
    if (agent) book.note(agent, ctx.block, at, true, !subordinate(tokens, frame, phrase));
    // A resolved source is the frame's subject; names read after it are not.
    firstSubjectSeen = true;
    return agent;
  };

  // Cues and their sources.
  const attributions: Attribution[] = [];
  for (const cue of findCues(ctx, frame)) {
    let source: CueSource;
    if (cue.according || cue.passiveBy) {
      source = sourceAfter(ctx, frame, cue) ?? { phrase: null, coordinated: false, inverted: true, attributionStart: cue.first, attributionEnd: cue.end };
    } else {
      source = sourceBefore(ctx, frame, cue);
      if (!source.phrase && !source.coordinated && mayBeInverted(ctx, frame, cue)) {
        const inverted = sourceAfter(ctx, frame, cue);
        if (inverted) source = inverted;
      }
    }
    let agent: Agent | null = null;
    if (source.coordinated) {
      // Not the source of a subordinate clause's cue: in "when I asked Sanders …, he looked … and said" the
      // coordinated "said" goes on from the main clause.
      for (let i = attributions.length - 1; i >= 0 && !agent; i--) {
        const a = attributions[i] as Attribution;
        if (!a.source.phrase || !subordinate(tokens, frame, a.source.phrase)) agent = a.agent;
      }
    }
    // "…, saying" and "… but added" take the frame's subject; "footage of Hillary Clinton asking" the name before.
    // "…, saying" and "responded … by saying": the participle's subject is the frame's.
    const before = tokens[cue.first - 1];
    const afterComma = before !== undefined && (before.text === ',' || (before.kind === 'word' && PREPOSITIONS.has(before.lower)));
    // "…, Spicer said, adding, “…”": the participle goes on from the attribution just before it.
    const previous = cue.participle && before?.text === ',' ? attributions[attributions.length - 1] : undefined;
    if (!agent && previous?.agent && previous.source.attributionEnd >= cue.first - 2) agent = previous.agent;
    // "…, he laughed and said": the subject of the clause the cue is coordinated with, before the frame's.
    if (!agent && source.coordinated) agent = resolve(coordinatedClauseSubject(ctx, frame, source.attributionStart), cue.first);
    // "He tweeted when Clinton ended a debate …, remarking, “…”": a participle closing a subordinate clause goes
    // with that clause's subject.
    if (!agent && cue.participle && before?.text === ',') agent = resolve(subordinateSubject(ctx, frame, cue.first), cue.first);
    if (!agent && (source.coordinated || (cue.participle && afterComma))) agent = resolve(frameSubject(ctx, frame, cue.first), cue.first);
    if (!agent && cue.participle && !afterComma) source = participleSource(ctx, frame, cue, source);
    // "Trump posted a message on Twitter reading “Thank you Georgia”": a document the sentence's subject wrote
    // carries that subject's words; the person who posted it speaks.
    if (!agent && cue.participle && !afterComma && source.phrase?.kind === 'org' && source.phrase.document && source.attributionStart > frame.firstToken) {
      const writer = frameSubject(ctx, frame, source.attributionStart);
      if (writer && (writer.kind === 'name' || writer.kind === 'pronoun')) agent = resolve(writer, cue.first);
    }
    if (!agent && !source.coordinated) agent = resolve(source.phrase, cue.first);
    // "…, stressing that …": the attribution is the participle itself; what stands before it is reported text.
    if (cue.participle) source = { ...source, attributionStart: cue.first };
    attributions.push({ cue, source, agent, content: null });
  }
  flush(frame.endToken);

  // What each cue reports.
  for (let i = 0; i < attributions.length; i++) {
    const a = attributions[i] as Attribution;
    const later = attributions.slice(i + 1).map((x) => x.source);
    let range: TokenRange | null = null;
    const before = tokens[a.source.attributionStart - 1];
    const commaBefore = before !== undefined && before.text === ',' && a.source.attributionStart - 1 >= frame.firstToken;
    if (a.cue.according) {
      const atStart = a.cue.first === frame.firstToken || tokens.slice(frame.firstToken, a.cue.first).every((t) => t.kind !== 'word');
      if (atStart) {
        let s = a.source.attributionEnd;
        while (s < frame.endToken && (tokens[s] as Token).kind === 'punct') s++;
        range = [s, clauseEnd(tokens, frame, s, later)];
      } else if (tokens[a.cue.first - 1]?.text === ',') {
        // "Most voters, according to Haines, want a change" reports the whole sentence.
        range = asideRange(tokens, frame, a.source, i === 0 && later.length === 0) ?? [frame.firstToken, a.cue.first - 1];
      }
    } else if (a.cue.verb && !a.cue.verb.framingOnly && !a.source.inverted) {
      const start = clauseAfterCue(ctx, frame, a.cue, a.cue.end);
      if (start >= 0) range = [start, clauseEnd(tokens, frame, start, later)];
      else if (commaBefore && endsFrame(tokens, frame, a.cue.end, a.cue.verb.takesListener)) range = [frame.firstToken, a.source.attributionStart - 1];
      else if (commaBefore) range = asideRange(tokens, frame, a.source, i === 0 && later.length === 0);
    } else if (a.source.inverted && a.cue.verb && !a.cue.verb.framingOnly && endsFrame(tokens, frame, a.source.attributionEnd, true)) {
      const k = a.cue.first - 1;
      if (tokens[k]?.text === ',' && k >= frame.firstToken) range = [frame.firstToken, k];
    } else if (a.source.inverted && a.cue.verb && !a.cue.verb.framingOnly && commaBefore) {
      range = asideRange(tokens, frame, a.source, i === 0 && later.length === 0);
    }
    const trimmed = range ? trimRange(tokens, range) : null;
    if (trimmed && !isOnlyQuotation(tokens, trimmed) && !(tokens[trimmed[0]] as Token).inQuote) {
      const words = tokens.slice(trimmed[0], trimmed[1]).filter((t) => t.kind === 'word').length;
      if (words >= 2) a.content = trimmed;
    }
    if (a.content && a.agent) {
      const first = tokens[a.content[0]] as Token;
      const last = tokens[a.content[1] - 1] as Token;
      drafts.push({ block: ctx.block, start: first.start, end: last.end, kind: 'indirect', agent: a.agent, cue: a.cue.text, strength: 3, span: null });
    }
  }

  // Quotations in this frame.
  for (const span of ctx.frameSpans[frameIndex] ?? []) {
    const openTok = tokenAt(tokens, span.openStart, frame.firstToken, frame.endToken);
    const closeTok = span.closeStart === null ? -1 : tokenAt(tokens, span.closeStart, frame.firstToken, frame.endToken);
    const choice = chooseForQuotation(ctx, frame, attributions, openTok, closeTok, resolve);
    drafts.push({
      block: ctx.block, start: span.contentStart, end: span.contentEnd, kind: 'direct',
      agent: choice.agent, cue: choice.cue, strength: choice.strength, span,
    });
  }

  // "The New York Times reports:" at the end of a paragraph introduces the next one.
  const lastTok = tokens[frame.endToken - 1];
  const lastAttr = attributions[attributions.length - 1];
  if (lastTok && lastTok.text === ':' && lastAttr && lastAttr.source.attributionEnd >= frame.endToken - 4) return lastAttr.agent;
  return null;
}

/** Words that open a subordinate clause: a cue's source right after one is not the sentence's main speaker. */
const SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'as', 'if', 'although', 'though', 'because', 'after', 'before', 'since', 'until', 'unless', 'whether', 'that', 'where', 'once']);

function subordinate(tokens: readonly Token[], frame: Frame, phrase: SourcePhrase): boolean {
  const k = firstTokenFrom(tokens, phrase.start) - 1;
  const before = k >= frame.firstToken ? tokens[k] : undefined;
  return before !== undefined && before.kind === 'word' && SUBORDINATORS.has(before.lower);
}

/** Most tokens from a subordinator to the participle that closes its clause: longer, the participle is the main
 * clause's again. */
const MAX_SUBORDINATE_CLAUSE_TOKENS = 25;
/** Subordinators of time and cause whose clause a trailing participle may close ("when", "after", "as"). */
const CLAUSE_SUBORDINATORS: ReadonlySet<string> = new Set(['when', 'while', 'after', 'as', 'because', 'since', 'before', 'once']);

/**
 * The name opening the subordinate clause that runs without a comma up to the participle cue at `cue`
 * (", remarking"): "when Clinton ended a debate … with a reference to …, remarking". Null when a comma or a
 * sentence break stands between, or when the clause opens the sentence ("When Clinton ended the debate, Trump
 * tweeted, adding …" is Trump's).
 */
function subordinateSubject(ctx: BlockContext, frame: Frame, cue: number): SourcePhrase | null {
  const { tokens } = ctx;
  const comma = cue - 1;
  for (let k = comma - 1; k > frame.firstToken && comma - k <= MAX_SUBORDINATE_CLAUSE_TOKENS; k--) {
    const t = tokens[k] as Token;
    // A title quoted inside the clause ("the blockbuster “Star Wars” sequel") is stepped over.
    if (t.inQuote || t.kind === 'quote') continue;
    if (t.text === ',' || SENTENCE_PUNCTUATION.has(t.text)) return null;
    if (t.kind !== 'word' || !CLAUSE_SUBORDINATORS.has(t.lower)) continue;
    const run = ctx.runAt.get(k + 1);
    return run && !run.inQuote && !run.place && run.position === 'subject' && run.end < comma
      ? { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run } : null;
  }
  return null;
}

/** "footage of Hillary Clinton asking": the -ing cue right after a name belongs to that name, object or not. */
function participleSource(ctx: BlockContext, frame: Frame, cue: Cue, source: CueSource): CueSource {
  let k = cue.first - 1;
  // "with Trump reportedly yelling": adverbs between the name and its participle.
  while (k >= frame.firstToken && isAdverb(ctx.tokens[k] as Token)) k--;
  const nameEnd = k + 1;
  while (k >= frame.firstToken && !ctx.runAt.has(k)) {
    const t = ctx.tokens[k] as Token;
    if (t.kind !== 'word' || !t.cap) return source;
    k--;
  }
  const run = ctx.runAt.get(k);
  if (!run || run.end !== nameEnd) return source;
  // "posted a message on Twitter reading …", "responded on Facebook writing …": a medium or a place after "on",
  // "in" or "at" does not speak; the sentence's own subject stays the source.
  const before = ctx.tokens[run.first - 1];
  if (before && before.kind === 'word' && MEDIUM_PREPOSITIONS.has(before.lower)) return source;
  return { ...source, phrase: { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run }, attributionStart: run.first };
}

/** Prepositions before a medium or a place ("on Twitter", "in Iowa", "at CNN"), never before a speaker. */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'via', 'onto', 'into']);

/** A lowercase adverb: one of the cue adverbs ("also", "reportedly") or any "-ly" word. */
function isAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (CUE_ADVERBS.has(t.lower) || /\p{L}{2}ly$/u.test(t.lower));
}

/** Nouns for something said: after a possessive they make the quotation that person's words. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'call', 'calls', 'demand', 'demands', 'promise', 'promises', 'pledge', 'pledges', 'claim', 'claims', 'rejection',
  'warning', 'warnings', 'vow', 'words', 'statement', 'comment', 'comments', 'remark', 'remarks', 'slogan', 'phrase',
  'description', 'assertion', 'insistence', 'declaration', 'plea', 'refrain', 'mantra', 'line', 'quip', 'boast',
  'charge', 'accusation', 'criticism', 'suggestion', 'catchphrase', 'motto', 'tagline', 'question', 'answer',
  'response', 'reply', 'retort', 'admission', 'assurance', 'prediction', 'proposal', 'rallying', 'cry', 'vision',
  // What a person writes is their words too ("Bush’s Facebook post: “…”").
  'post', 'tweet', 'letter', 'note', 'email', 'e-mail', 'op-ed', 'memo', 'message',
]);
/** Most words between a possessive and the quotation ("lyrical rejection of"). */
const MAX_POSSESSIVE_GAP = 4;

/**
 * The owner of a quotation introduced by a possessive and a speech noun ("Obama’s “…” promise", "his call for “…”"):
 * a name in possessive position or "his"/"her", right before the quotation or before a speech noun (and "of",
 * "for", "that") that leads to it, or right before the quotation with a speech noun just after it.
 */
function possessiveOwner(ctx: BlockContext, frame: Frame, openTok: number, closeTok: number): SourcePhrase | null {
  const { tokens } = ctx;
  let k = openTok - 1;
  // "From Bush’s Facebook post: “…”": a colon may end the lead.
  if (tokens[k]?.text === ':') k--;
  const gap: Token[] = [];
  while (k >= frame.firstToken && gap.length <= MAX_POSSESSIVE_GAP) {
    const t = tokens[k] as Token;
    if (t.kind === 'poss' || t.inQuote || t.kind !== 'word' || t.lower === 'his' || t.lower === 'her') break;
    // A name before a noun ("Facebook post") is part of the lead; any other name ends it.
    const run = t.cap ? ctx.runs.find((r) => r.first <= k && k < r.end) : undefined;
    if (run && run.position !== 'modifier') break;
    gap.unshift(t);
    k--;
  }
  // The speech noun: after the quotation when nothing stands between ("Obama’s “…” promise"), else the last noun
  // of the gap, before its "of"/"for"/"that" ("his call for “…”").
  const last = gap[gap.length - 1];
  const noun = last === undefined ? (closeTok >= 0 ? tokens[closeTok + 1] : undefined)
    : NOUN_LINKS.has(last.lower) ? gap[gap.length - 2] : last;
  if (!noun || noun.kind !== 'word' || !SPEECH_NOUNS.has(noun.lower)) return null;
  if (gap.some((t) => !/^\p{L}[\p{L}-]*$/u.test(t.text) || AUXILIARIES_OR_VERBS.test(t.lower))) return null;
  const at = tokens[k];
  if (!at) return null;
  if (at.kind === 'word' && (at.lower === 'his' || at.lower === 'her') && !at.inQuote) {
    const pronoun = at.lower === 'his' ? 'm' : 'f';
    return { kind: 'pronoun', block: ctx.block, start: at.start, end: at.end, pronoun, text: at.text };
  }
  if (at.kind !== 'poss') return null;
  let r = k - 1;
  while (r >= frame.firstToken && !ctx.runAt.has(r) && (tokens[r] as Token).cap) r--;
  const run = ctx.runAt.get(r);
  return run && run.end === k && !run.inQuote && !run.place ? { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run } : null;
}

/** Words that join a speech noun to its quotation ("call for", "rejection of", "promise that"). */
const NOUN_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'that']);

/** Verb forms that make the words between a possessive and a quotation a clause, not a noun phrase. */
const AUXILIARIES_OR_VERBS = /^(?:is|are|was|were|has|have|had|said|says|called|calls|made|makes)$/u;

/** Dashes that sign a quotation with a name after it: “…” ― Krystal Correa. */
const SIGNATURE_DASHES: ReadonlySet<string> = new Set(['―', '—', '–', '-', '~']);

/** The name signing a quotation at `at` ("― Krystal Correa"), when only that name (and its role) ends the frame. */
export function signature(ctx: BlockContext, frame: Frame, at: number): NameRun | null {
  const dash = ctx.tokens[at];
  if (!dash || !SIGNATURE_DASHES.has(dash.text)) return null;
  let k = at + 1;
  while (k < frame.endToken && !ctx.runAt.has(k) && ((ctx.tokens[k] as Token).cap || (ctx.tokens[k] as Token).kind !== 'word')) k++;
  const run = ctx.runAt.get(k);
  if (!run || k - at > 4) return null;
  const rest = ctx.tokens.slice(run.end, frame.endToken);
  return rest.every((t) => t.kind !== 'quote' && !t.inQuote) && rest.filter((t) => t.kind === 'word').length <= 12 ? run : null;
}

/** Most tokens between "from" and the colon that ends a lead ("From the latest Quinnipiac poll:"). */
const MAX_FROM_LEAD_TOKENS = 6;

/** The name, role or body between a "from" and the colon at `colon` ("More from Jones:", "From the report:"), when
 * nothing but that phrase stands between them. */
function fromLead(ctx: BlockContext, frame: Frame, colon: number): SourcePhrase | null {
  for (let k = colon - 1; k >= frame.firstToken && colon - k <= MAX_FROM_LEAD_TOKENS + 1; k--) {
    const t = ctx.tokens[k] as Token;
    if (t.inQuote || (t.kind !== 'word' && t.kind !== 'poss')) return null;
    if (t.lower !== 'from') continue;
    if (k + 1 >= colon) return null;
    const run = ctx.runAt.get(k + 1);
    // "From Bush’s Facebook post:": the writer of a possessed document speaks (see possessiveOwner).
    const writer = run && (run.end === colon || ctx.tokens[run.end]?.kind === 'poss');
    if (run && writer && !run.inQuote && !run.place) return { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run };
    const phrase = classifyPhrase(ctx, k + 1, colon, k);
    return phrase && (phrase.kind === 'org' || phrase.kind === 'role') && (ctx.tokens[colon - 1] as Token).end === phrase.end ? phrase : null;
  }
  return null;
}

interface Choice {
  agent: Agent | null;
  cue: string | null;
  strength: number;
}

function chooseForQuotation(
  ctx: BlockContext, frame: Frame, attributions: readonly Attribution[], openTok: number, closeTok: number,
  resolve: (phrase: SourcePhrase | null, at: number) => Agent | null,
): Choice {
  const { tokens } = ctx;
  // A. Right after the closing mark.
  if (closeTok >= 0) {
    const signed = signature(ctx, frame, closeTok + 1);
    if (signed) {
      const agent = resolve({ kind: 'name', block: ctx.block, start: signed.start, end: signed.endChar, run: signed }, closeTok + 1);
      return { agent, cue: (tokens[closeTok + 1] as Token).text, strength: 3 };
    }
    // Commas, dashes and stray marks (''I would use the word 'old-school,''' said Gregory W. Slayton) between.
    const skipJoints = (from: number): number => {
      let k = from;
      while (k < frame.endToken && [',', '—', '–', "'", '’', '"'].includes((tokens[k] as Token).text)) k++;
      return k;
    };
    const after = skipJoints(closeTok + 1);
    for (const a of attributions) {
      const starts = skipJoints(a.source.inverted || a.cue.according ? a.cue.first : a.source.attributionStart);
      if (starts === after && a.source.phrase && !a.source.coordinated && !a.cue.participle) return { agent: a.agent, cue: a.cue.text, strength: 3 };
    }
  }
  // A2. A quotation that opens the sentence and runs on unquoted to an inverted cue that ends it: “He can assert
  // it, but it seems extremely unlikely” that Sanders can catch Clinton, said Steve Elmendorf.
  if (closeTok >= 0 && openTok >= 0 && tokens.slice(frame.firstToken, openTok).every((t) => t.kind !== 'word')) {
    const last = attributions[attributions.length - 1];
    const between = last ? tokens.slice(closeTok + 1, last.cue.first) : [];
    if (last?.agent && last.source.inverted && !last.cue.according && last.cue.first > closeTok && tokens[last.cue.first - 1]?.text === ','
      && attributions.every((a) => a === last || a.cue.first < openTok)
      && between.every((t) => t.kind !== 'quote' && !t.inQuote && !SENTENCE_PUNCTUATION.has(t.text))) {
      return { agent: last.agent, cue: last.cue.text, strength: 2 };
    }
  }
  // B. Right before the opening mark.
  if (openTok >= 0) {
    for (let i = attributions.length - 1; i >= 0; i--) {
      const a = attributions[i] as Attribution;
      const end = a.source.inverted ? a.source.attributionEnd : a.cue.end;
      if (end > openTok || openTok - end > MAX_LEAD_IN_GAP || (!a.agent && !a.source.phrase)) continue;
      // Only a listener or an adjunct between them ("told reporters in Riyadh:"), not a clause of its own.
      const gap = tokens.slice(end, openTok);
      if (gap.some((t, i) => t.kind === 'quote' || t.inQuote || SENTENCE_PUNCTUATION.has(t.text) || (t.text === ',' && i < gap.length - 1))) continue;
      return { agent: a.agent, cue: a.cue.text, strength: 3 };
    }
  }
  // B2. A short lead of a name and a colon: "A lesson from Loretta Lynch: ‘Be the voice that people hear.’" (not
  // "McConnell delivered a blunt message to Trump: “…”", a sentence whose subject speaks).
  const colon = openTok >= 1 ? tokens[openTok - 1] : undefined;
  const leadWords = tokens.slice(frame.firstToken, openTok).filter((t) => t.kind === 'word').length;
  if (colon && colon.text === ':' && leadWords <= MAX_COLON_LEAD_WORDS) {
    const run = [...ctx.runAt.values()].find((r) => r.end === openTok - 1 && !r.inQuote && !r.place && r.position !== 'possessive');
    const agent = run ? resolve({ kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run }, run.first) : null;
    if (agent?.person) return { agent, cue: ':', strength: 2 };
  }
  // B3. "More from Jones: “…”", "From the report: “…”": what follows "from" right before the colon is the source,
  // however long the lead before it.
  if (colon && colon.text === ':') {
    const phrase = fromLead(ctx, frame, openTok - 1);
    const agent = phrase ? resolve(phrase, openTok - 1) : null;
    if (agent) return { agent, cue: ':', strength: 2 };
  }
  // C. Inside a reported clause, or after a cue in the same frame.
  const at = openTok >= 0 ? openTok : frame.firstToken;
  for (const a of attributions) {
    if (a.content && a.content[0] <= at && a.content[1] > at && a.agent) return { agent: a.agent, cue: a.cue.text, strength: 2 };
  }
  for (const a of attributions) {
    if (a.cue.first < at && a.agent) return { agent: a.agent, cue: a.cue.text, strength: 2 };
  }
  // D. A partial quote: the frame's subject.
  const outsideWords = tokens.slice(frame.firstToken, frame.endToken).some((t) => t.kind === 'word' && !t.inQuote);
  // D0. Whose words they are, said with a possessive: "Obama’s “if you like your plan, you can keep it” promise",
  // "Mr. Obama’s lyrical rejection of “a politics of cynicism”", "his call for “a total and complete ban”".
  const owner = openTok >= 0 ? possessiveOwner(ctx, frame, openTok, closeTok) : null;
  if (owner) {
    const agent = resolve(owner, openTok);
    if (agent) return { agent, cue: null, strength: 1 };
  }
  if (outsideWords && openTok >= 0) {
    // A body owns a quotation of its own words ("The Clinton campaign … worded it: “…”"), not a term it is said
    // to use ("The Post sent its “national enterprise reporter”").
    const quotedWords = closeTok > openTok ? tokens.slice(openTok + 1, closeTok).filter((t) => t.kind === 'word').length : Infinity;
    const subject = frameSubject(ctx, frame, openTok, quotedWords > MAX_BODY_TERM_WORDS);
    if (subject) {
      const agent = resolve(subject, openTok);
      if (agent) return { agent, cue: null, strength: 1 };
    }
    // E. A headline ("Bernie Sanders: ‘It Is Not A Radical Idea’", "Warren Hammers Wells Fargo CEO: ‘…’"): its
    // first person the article names elsewhere. Capitals say nothing in title case, so each word was a candidate.
    if (ctx.titleCase) {
      for (const run of ctx.frameRuns[ctx.frames.indexOf(frame)] ?? []) {
        if (run.first >= openTok) break;
        const agent = run.inQuote ? null : resolve({ kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run }, run.first);
        if (agent?.person) return { agent, cue: null, strength: 1 };
      }
    }
  }
  return { agent: null, cue: null, strength: 0 };
}
