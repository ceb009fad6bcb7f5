// Quotes and speakers: who said what in an article. Finds direct quotations (every kind of quote mark, split
// and multi-paragraph quotes, partial quotes) and reported speech ("X said (that) …", "according to X, …"),
// ties each to a speaker, merges the ways one speaker is named, and lists the places that name a speaker.
// A careful reader's rules: a country, state or city alone never speaks ("Russia made it clear …" has no
// speaker; "the Kremlin" does), people only mentioned are not speakers, and a quoted sentence standing alone
// belongs to the person the sentence before it is about. Pure text in, spans out: no DOM, no Node, no model.

import type { Block, Mention, Quote, Sentence, Speaker } from '../types';
import { AgentBook, type Agent } from './agent-book';
import { addAppositiveRoles } from './appositive-roles';
import { attributeFrame, signature, type QuoteDraft } from './attribute-frame';
import { byFrame, isTitleCase, type BlockContext } from './block-context';
import { buildFrames, firstTokenFrom, type Frame } from './build-frames';
import { buildSpeakers } from './build-speakers';
import { inferGender } from './infer-gender';
import { findNameRuns, type DocumentWords, type NameRun } from './find-name-runs';
import { findQuoteSpans, type QuoteSpan } from './find-quote-spans';
import { CUE_FORMS } from './lexicon/cue-verbs';
import { WORK_WORDS } from './lexicon/document-words';
import { DETERMINERS, PREPOSITIONS } from './lexicon/function-words';
import { GENDERED_ROLES } from './lexicon/role-words';
import { buildPersons, fullNameKey, genderFromLoneGivenName, type Person } from './person-registry';
import { addRoleMentions } from './role-mentions';
import { tokenizeBlock, type Token } from './tokenize-block';

export interface QuoteAttribution {
  speakers: Speaker[];
  quotes: Quote[];
  mentions: Mention[];
}

/** "I", "I’m", "my", "me" in a quotation: a person speaking, where a body says "we". */
const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}])(?:I|I[’']m|I[’']ve|I[’']ll|I[’']d|[Mm]y|[Mm]e|[Mm]yself)(?![\p{L}’'])/u;

/** A quotation that ends on "!" or "?" (a comma or closing bracket may follow). */
const EXCLAIMED = /[!?][,.)\]]?\s*$/u;

/** Unattributed quotations this short are scare quotes or titles ("so-called “reform”"), not quotes. */
const MAX_SCARE_QUOTE_WORDS = 3;
/** Longer title-case quotations are headlines being quoted, kept as quotes. */
const MAX_TITLE_WORDS = 8;

function buildContexts(blocks: readonly Block[], sentences: readonly Sentence[]): BlockContext[] {
  const spans = findQuoteSpans(blocks);
  const spansByBlock = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    const list = spansByBlock.get(s.block) ?? [];
    list.push(s);
    spansByBlock.set(s.block, list);
  }
  const sentencesByBlock = new Map<number, Sentence[]>();
  for (const s of sentences) {
    const list = sentencesByBlock.get(s.block) ?? [];
    list.push(s);
    sentencesByBlock.set(s.block, list);
  }
  const prepared = blocks.map((b, index) => {
    const blockSpans = spansByBlock.get(index) ?? [];
    const tokens = tokenizeBlock(b.text, blockSpans);
    const frames = buildFrames(b.text, sentencesByBlock.get(b.id) ?? sentencesByBlock.get(index) ?? [], blockSpans, tokens);
    return { b, index, blockSpans, tokens, frames, titleCase: isTitleCase(tokens) };
  });
  const words = documentWords(prepared);
  return prepared.map(({ b, index, blockSpans, tokens, frames, titleCase }) => {
    const frameStarts = new Set(frames.map((f) => f.firstToken));
    const runs = titleCase
      // Capitals mean nothing in a title-case headline: every capitalised word is a candidate surname on its own.
      ? findNameRuns(index, b.text, tokens, new Set(tokens.map((t) => t.index)), true)
      : findNameRuns(index, b.text, tokens, frameStarts, false, words);
    const frameRuns = byFrame(frames, runs, (r) => r.first, true);
    frames.forEach((frame, f) => {
      const inFrame = frameRuns[f] ?? [];
      inFrame.forEach((run, r) => {
        addAppositiveRoles(b.text, tokens, frame, run);
        run.gender ??= genderOfRoles(run.roles);
        if (run.given === null && run.gender === null) run.pronounHint = pronounsAfter(tokens, run.end, inFrame[r + 1]?.first ?? frame.endToken);
      });
    });
    const sortedSpans = [...blockSpans].sort((x, y) => x.contentStart - y.contentStart);
    const frameSpans = byFrame(frames, sortedSpans, (sp) => sp.contentStart, false);
    return {
      block: index, text: b.text, tokens, frames, spans: blockSpans, runs, runAt: new Map(runs.map((r) => [r.first, r])),
      frameRuns, frameSpans, titleCase,
    };
  });
}

/** Words the article writes in lowercase, and words it capitalises where no sentence starts (see DocumentWords). */
function documentWords(prepared: readonly { tokens: readonly Token[]; frames: readonly Frame[]; titleCase: boolean }[]): DocumentWords {
  const lower = new Set<string>();
  const midCapital = new Set<string>();
  for (const { tokens, frames, titleCase } of prepared) {
    if (titleCase) continue;
    const starts = new Set(frames.map((f) => f.firstToken));
    tokens.forEach((t, k) => {
      if (t.kind !== 'word') return;
      if (!t.cap) lower.add(t.lower);
      else if (!starts.has(k) && tokens[k - 1]?.kind === 'word') midCapital.add(t.lower);
    });
  }
  return { lower, midCapital };
}

const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/** The gender of the pronouns in tokens [from, to) outside quotations, when they all agree. */
function pronounsAfter(tokens: readonly Token[], from: number, to: number): 'm' | 'f' | null {
  let m = 0;
  let f = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (t.inQuote || t.kind !== 'word') continue;
    if (MALE_PRONOUNS.has(t.lower)) m++;
    else if (FEMALE_PRONOUNS.has(t.lower)) f++;
  }
  return m > 0 && f === 0 ? 'm' : f > 0 && m === 0 ? 'f' : null;
}

function genderOfRoles(roles: readonly string[]): 'm' | 'f' | null {
  for (const role of roles) {
    for (const word of role.toLowerCase().split(/[\s,]+/u)) {
      const g = GENDERED_ROLES.get(word);
      if (g) return g;
    }
  }
  return null;
}

function startsBlock(text: string, span: QuoteSpan): boolean {
  return text.slice(0, span.openStart).trim() === '';
}

/** Who each frame of each block is about (BlockContext order): see AgentBook.topicOfFrame. */
type Topics = ReadonlyMap<number, readonly (Agent | null)[]>;

/** Index of the frame of `ctx` that holds character `offset`. */
function frameAt(ctx: BlockContext, offset: number): number {
  let f = 0;
  while (f + 1 < ctx.frames.length && (ctx.frames[f + 1] as Frame).start <= offset) f++;
  return f;
}

/** Whether frame `f` of the block is nothing but quotations: a quoted sentence standing on its own. */
function quotationOnly(ctx: BlockContext, f: number): boolean {
  const frame = ctx.frames[f] as Frame;
  return ctx.tokens.slice(frame.firstToken, frame.endToken).every((t) => t.kind !== 'word' || t.inQuote);
}

/**
 * The person the sentence before frame `f` is about, when that sentence quotes nobody: "Richards also spoke about
 * the case. “Roe v. Wade is the law of the land.”"
 */
function topicBefore(contexts: readonly BlockContext[], topics: Topics, block: number, f: number): Agent | null {
  const ctx = f > 0 ? contexts[block] : contexts[block - 1];
  const at = f > 0 ? f - 1 : (ctx?.frames.length ?? 0) - 1;
  if (!ctx || at < 0 || (ctx.frameSpans[at] ?? []).length > 0) return null;
  return topics.get(ctx.block)?.[at] ?? null;
}

/** Continuation: a quotation without attribution belongs to the quote before it in the paragraph, or to the
 * last speaker of the previous paragraph when it opens its own; a quoted sentence standing alone after a
 * sentence about someone, to that person. */
function continueAttributions(drafts: QuoteDraft[], contexts: readonly BlockContext[], leadIns: ReadonlyMap<number, Agent>, topics: Topics): void {
  const lastByBlock = new Map<number, QuoteDraft>();
  for (const d of drafts) {
    if (d.kind === 'direct' && d.strength === 0 && d.span) {
      // Drafts are in reading order: the last attributed one so far in this block comes before this one.
      const last = lastByBlock.get(d.block);
      const previous = last && last.start < d.start ? last : undefined;
      const ctx = contexts[d.block] as BlockContext;
      const f = frameAt(ctx, d.start);
      const topic = quotationOnly(ctx, f) ? topicBefore(contexts, topics, d.block, f) : null;
      if (previous) {
        d.agent = previous.agent;
        d.strength = 0.5;
      } else if (startsBlock(ctx.text, d.span)) {
        const before = lastByBlock.get(d.block - 1);
        const lead = leadIns.get(d.block - 1);
        if (before?.agent || lead || topic) {
          d.agent = lead ?? topic ?? before?.agent ?? null;
          d.strength = 0.5;
        }
      } else if (topic) {
        d.agent = topic;
        d.strength = 0.5;
      }
    }
    if (d.agent) lastByBlock.set(d.block, d);
  }
}

/** Whether "I" and its cue stand right beside the quotation: "“…,” I said" or "I said, “…”" (not "I wanted my vote
 * to “mean”", where the quotation is a word inside the narrator's sentence). */
function besideI(ctx: BlockContext, d: QuoteDraft): boolean {
  const { tokens } = ctx;
  const joint = (t: Token | undefined): boolean => t !== undefined && [',', ':', '—'].includes(t.text);
  let before = firstTokenFrom(tokens, d.span?.openStart ?? d.start) - 1;
  while (joint(tokens[before])) before--;
  // "I said, “…”", and "I laughed and said, “…”": cue verbs joined by "and" back to the "I".
  let k = before;
  while (k >= 0 && (CUE_FORMS.has((tokens[k] as Token).lower) || (k < before && tokens[k]?.lower === 'and'))) k--;
  if (k < before && tokens[k]?.text === 'I') return true;
  if (d.span?.closeStart == null) return false;
  let after = firstTokenFrom(tokens, d.span.closeStart) + 1;
  while (joint(tokens[after])) after++;
  return tokens[after]?.text === 'I';
}

/**
 * The first-person narrator speaks only where "I" is written right beside a quotation ("“Okay,” I said"); "I said
 * that …" and partial quotes are left alone, since an "I" outside marks is as often an interview transcript or a
 * columnist's aside as the author quoting themselves.
 */
function keepNarratorAdjacent(drafts: QuoteDraft[], contexts: readonly BlockContext[], book: AgentBook): void {
  for (let i = drafts.length - 1; i >= 0; i--) {
    const d = drafts[i] as QuoteDraft;
    if (!book.isNarrator(d.agent) || (d.kind === 'direct' && d.strength >= 3 && besideI(contexts[d.block] as BlockContext, d))) continue;
    if (d.kind === 'indirect') drafts.splice(i, 1);
    else {
      d.agent = null;
      d.cue = null;
      d.strength = 0;
    }
  }
}

/**
 * A paragraph of quotation signed by the next one ("“I went to Wall Street before the crash. …”" then "- Clinton."),
 * as debate round-ups print them: the signing name speaks the quotations.
 */
function signedBelow(drafts: QuoteDraft[], contexts: readonly BlockContext[], book: AgentBook): void {
  for (const d of drafts) {
    if (d.kind !== 'direct' || d.agent || !d.span) continue;
    const ctx = contexts[d.block] as BlockContext;
    const next = contexts[d.block + 1];
    if (!next || next.frames.length !== 1 || !ctx.frames.every((_f, f) => quotationOnly(ctx, f))) continue;
    const run = signature(next, next.frames[0] as Frame, 0);
    const person = run ? book.resolve({ kind: 'name', block: next.block, start: run.start, end: run.endChar, run }, next.block, run.first) : null;
    if (person?.person) {
      d.agent = person;
      d.cue = (next.tokens[0] as Token).text;
      d.strength = 3;
    }
  }
}

/** Parts of one multi-paragraph quotation share the speaker of the best-attributed part. */
function shareAcrossGroups(drafts: QuoteDraft[]): void {
  const best = new Map<number, QuoteDraft>();
  for (const d of drafts) {
    if (!d.span || !d.agent) continue;
    const b = best.get(d.span.group);
    if (!b || d.strength > b.strength) best.set(d.span.group, d);
  }
  for (const d of drafts) {
    if (!d.span) continue;
    const b = best.get(d.span.group);
    if (b && b !== d && b.strength > d.strength) {
      d.agent = b.agent;
      d.cue ??= b.cue;
      d.strength = b.strength;
    }
  }
}

/** Titles of shows, songs and books are quoted in title case: "Morning Joe", "A Change Is Gonna Come". */
function isTitle(text: string): boolean {
  const words = text.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  // Short words and the prepositions titles keep in lowercase ("The Lead with Jake Tapper") say nothing.
  const long = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4 && !TITLE_MINOR_WORDS.has(w.toLowerCase()));
  return words.length <= MAX_TITLE_WORDS && long.length > 0 && long.every((w) => /^[^\p{L}]*\p{Lu}/u.test(w));
}

/** Words of four letters or more that titles leave in lowercase ("Midday with Charlie Sykes"). */
const TITLE_MINOR_WORDS: ReadonlySet<string> = new Set(['with', 'from', 'into', 'over', 'upon', 'onto', 'than', 'about', 'after']);

/** Words before a title-case quotation that make it the name of a show or a work: "on “Morning Joe”",
 * "CBS’s “Face the Nation”", "told “Fox and Friends”". */
const TITLE_LEADS: ReadonlySet<string> = new Set(['told', 'tells', 'telling', 'titled', 'entitled', 'called', 'named', 'dubbed']);

function titlePosition(ctx: BlockContext, d: QuoteDraft): boolean {
  const open = d.span?.openStart ?? d.start;
  let k = firstTokenFrom(ctx.tokens, open) - 1;
  let before = ctx.tokens[k];
  if (!before) return false;
  if (before.kind === 'poss') return true;
  // "his 2012 book, “An American Son.”", "the MSNBC show “Morning Joe”": a work named right before its title.
  if (before.text === ',') before = ctx.tokens[--k];
  if (before?.kind === 'word' && !before.inQuote && WORK_WORDS.has(before.lower)) return true;
  before = ctx.tokens[firstTokenFrom(ctx.tokens, open) - 1] as Token;
  return before.kind === 'word' && (PREPOSITIONS.has(before.lower) || DETERMINERS.has(before.lower) || TITLE_LEADS.has(before.lower));
}

/** A short quotation right after a speech verb ("chanting “Dump Trump.”", "shouted, “Stop!”") is something said,
 * not a scare quote, even when no one is named as saying it. */
function spokenAfterCue(ctx: BlockContext, d: QuoteDraft): boolean {
  let k = firstTokenFrom(ctx.tokens, d.span?.openStart ?? d.start) - 1;
  while (k >= 0 && [',', ':'].includes((ctx.tokens[k] as Token).text)) k--;
  const before = ctx.tokens[k];
  // Not a verb that frames a name ("called “reform”") or takes a listener ("told “Fox and Friends”").
  return before !== undefined && before.kind === 'word' && !before.inQuote && !before.cap && CUE_FORMS.has(before.lower)
    && !(CUE_FORMS.get(before.lower) ?? []).some((f) => f.verb.framingOnly || f.verb.takesListener);
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Quotes, speakers and speaker mentions of an article, from its blocks and their sentences. */
export function attributeQuotes(blocks: Block[], sentences: Sentence[]): QuoteAttribution {
  const contexts = buildContexts(blocks, sentences);
  const allRuns: NameRun[] = contexts.flatMap((c) => c.runs);
  const personOf = new Map<NameRun, Person>();
  // Twice: the genders the first pass learns from pronouns decide where a bare "Mrs. Clinton" goes.
  const genders = new Map<string, 'm' | 'f'>();
  buildPersons(allRuns, personOf);
  inferGender(contexts, personOf);
  for (const person of new Set(personOf.values())) {
    if (person.given && person.gender && person.genderInferred) genders.set(fullNameKey(person.given, person.family), person.gender);
  }
  personOf.clear();
  buildPersons(allRuns, personOf, genders);
  // A first name standing alone says "he" or "she" more surely than the pronouns near it.
  genderFromLoneGivenName(new Set(personOf.values()));
  inferGender(contexts, personOf);
  const book = new AgentBook(personOf);

  const drafts: QuoteDraft[] = [];
  const leadIns = new Map<number, Agent>();
  const topics = new Map<number, (Agent | null)[]>();
  for (const ctx of contexts) {
    const blockTopics: (Agent | null)[] = [];
    topics.set(ctx.block, blockTopics);
    ctx.frames.forEach((_frame, f) => {
      const lead = attributeFrame(ctx, f, book, drafts);
      blockTopics.push(book.topicOfFrame());
      if (lead && f === ctx.frames.length - 1) leadIns.set(ctx.block, lead);
    });
  }
  drafts.sort((a, b) => a.block - b.block || a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1));
  keepNarratorAdjacent(drafts, contexts, book);
  signedBelow(drafts, contexts, book);
  continueAttributions(drafts, contexts, leadIns, topics);
  shareAcrossGroups(drafts);

  const kept = drafts.filter((d) => {
    if (d.kind !== 'direct') return true;
    const text = contexts[d.block]?.text.slice(d.start, d.end) ?? '';
    const ctx = contexts[d.block];
    const spoken = ctx !== undefined && spokenAfterCue(ctx, d);
    // Markup left in the text (href="http://…", tweet-date="March 10, 2016"): an attribute value, not a quote.
    if (ctx && d.span && ctx.text[d.span.openStart - 1] === '=') return false;
    // An exclamation or a question ("“Choke!”", "“Marco! Marco!”") standing alone is something said, not a scare
    // quote; in title case it is a title where titles stand, or when only the sentence's subject would own it
    // ("The Coen brothers made the film “Hail, Caesar!”").
    const exclaimed = EXCLAIMED.test(text);
    const titleLike = exclaimed ? d.strength === 1 || (ctx !== undefined && titlePosition(ctx, d)) : d.strength < 3 || (ctx !== undefined && titlePosition(ctx, d));
    if (ctx && !ctx.titleCase && isTitle(text) && !spoken && titleLike) return false;
    return d.agent !== null || wordCount(text) > MAX_SCARE_QUOTE_WORDS || spoken || exclaimed;
  });
  const quoted = new Set<Agent>();
  const speaksAsI = new Set<Agent>();
  for (const d of kept) {
    if (!d.agent) continue;
    quoted.add(d.agent);
    if (d.kind === 'direct' && FIRST_PERSON_SINGULAR.test(contexts[d.block]?.text.slice(d.start, d.end) ?? '')) speaksAsI.add(d.agent);
  }
  addRoleMentions(contexts, quoted);
  const table = buildSpeakers(quoted, speaksAsI);
  const quotes: Quote[] = kept.map((d) => ({
    block: blocks[d.block]?.id ?? d.block,
    start: d.start,
    end: d.end,
    text: contexts[d.block]?.text.slice(d.start, d.end) ?? '',
    speaker: d.agent ? (table.idOf.get(d.agent) ?? null) : null,
    kind: d.kind,
    cue: d.cue,
  }));
  const mentions = table.mentions.map((m) => ({ ...m, block: blocks[m.block]?.id ?? m.block }));
  return { speakers: table.speakers, quotes, mentions };
}
