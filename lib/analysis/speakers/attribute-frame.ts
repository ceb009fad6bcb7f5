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
import { frameSubject, mayBeInverted, sourceAfter, sourceBefore, type CueSource } from './cue-source';
import { CUE_ADVERBS, PREPOSITIONS } from './lexicon/function-words';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import { clauseAfterCue, clauseEnd, endsFrame, trimRange, type TokenRange } from './reported-clause';
import type { NameRun } from './find-name-runs';
import type { SourcePhrase } from './source-phrase';
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
      for (let i = attributions.length - 1; i >= 0 && !agent; i--) agent = (attributions[i] as Attribution).agent;
    }
    // "…, saying" and "… but added" take the frame's subject; "footage of Hillary Clinton asking" the name before.
    // "…, saying" and "responded … by saying": the participle's subject is the frame's.
    const before = tokens[cue.first - 1];
    const afterComma = before !== undefined && (before.text === ',' || (before.kind === 'word' && PREPOSITIONS.has(before.lower)));
    // "…, Spicer said, adding, “…”": the participle goes on from the attribution just before it.
    const previous = cue.participle && before?.text === ',' ? attributions[attributions.length - 1] : undefined;
    if (!agent && previous?.agent && previous.source.attributionEnd >= cue.first - 2) agent = previous.agent;
    if (!agent && (source.coordinated || (cue.participle && afterComma))) agent = resolve(frameSubject(ctx, frame, cue.first), cue.first);
    if (!agent && cue.participle && !afterComma) source = participleSource(ctx, frame, cue, source);
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
  return { ...source, phrase: { kind: 'name', block: ctx.block, start: run.start, end: run.endChar, run }, attributionStart: run.first };
}

/** A lowercase adverb: one of the cue adverbs ("also", "reportedly") or any "-ly" word. */
function isAdverb(t: Token): boolean {
  return t.kind === 'word' && !t.cap && (CUE_ADVERBS.has(t.lower) || /\p{L}{2}ly$/u.test(t.lower));
}

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
  if (outsideWords && openTok >= 0) {
    const subject = frameSubject(ctx, frame, openTok);
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
