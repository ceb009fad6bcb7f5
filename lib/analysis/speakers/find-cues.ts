// Finds reporting verbs outside quotations ("said", "told", "pointed out", "according to").

import type { BlockContext } from './block-context';
import type { Frame } from './build-frames';
import { CUE_FORMS, type CueVerb } from './lexicon/cue-verbs';
import { DOCUMENT_WORDS } from './lexicon/document-words';
import { BE_FORMS, CUE_ADVERBS, DETERMINERS } from './lexicon/function-words';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import type { Token } from './tokenize-block';

export interface Cue {
  /** Token range [first, end) of the cue, tail included ("pointed out"). */
  first: number;
  end: number;
  verb: CueVerb | null;
  /** "according to": the source follows, and no verb is involved. */
  according: boolean;
  participle: boolean;
  /** "was asked by X": a passive cue whose speaker follows "by". */
  passiveBy?: boolean;
  text: string;
}

/**
 * Words before a bare base form ("say", "claim") that make it a finite verb: "officials say", "would say".
 * Not "to": an infinitive ("not to admit") reports nothing yet.
 */
const BASE_FORM_LEADS: ReadonlySet<string> = new Set([
  'would', 'will', 'can', 'could', 'did', 'does', 'do', 'may', 'might', 'must', 'should', 'they', 'we', 'i',
  'you', 'people', 'not', 'also', 'often', 'still', 'now', 'who',
]);

/** Cue verbs whose past is spelt like their base, said of documents ("the article read"). */
const READ_LIKE: ReadonlySet<string> = new Set(['read']);

/** Most words from an inverted "read" to the document it names ("read the campaign's initial statement"). */
const MAX_DOCUMENT_LEAD = 4;

/** Whether a determiner at `at` opens a phrase headed by a document word ("the statement", "a campaign email"). */
function documentAfter(tokens: readonly Token[], at: number, frame: Frame): boolean {
  if (!DETERMINERS.has(tokens[at]?.lower ?? '')) return false;
  for (let k = at + 1; k < frame.endToken && k <= at + MAX_DOCUMENT_LEAD; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' && t.kind !== 'poss') return false;
    if (DOCUMENT_WORDS.has(t.lower) && !t.cap) return true;
  }
  return false;
}

function previousWord(tokens: readonly Token[], i: number, frame: Frame): Token | undefined {
  const t = tokens[i - 1];
  return i - 1 >= frame.firstToken ? t : undefined;
}

function baseFormIsVerb(tokens: readonly Token[], i: number, frame: Frame): boolean {
  let k = i - 1;
  // Adverbs between ("would also say", "could only quip"): any "-ly" word is one.
  const adverb = (t: Token): boolean => (CUE_ADVERBS.has(t.lower) || (!t.cap && /\p{L}{2}ly$/u.test(t.lower))) && !BASE_FORM_LEADS.has(t.lower);
  while (k >= frame.firstToken && adverb(tokens[k] as Token)) k--;
  const prev = tokens[k];
  if (!prev || k < frame.firstToken) return false;
  if (BASE_FORM_LEADS.has(prev.lower)) return true;
  // A plural subject: "experts say", "critics argue", "Democrats claim".
  return prev.kind === 'word' && /[^s]s$/u.test(prev.lower) && !SUBJECT_PRONOUNS.has(prev.lower);
}

/** The cues of one frame, in order. */
export function findCues(ctx: BlockContext, frame: Frame): Cue[] {
  const { tokens } = ctx;
  const cues: Cue[] = [];
  for (let i = frame.firstToken; i < frame.endToken; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== 'word' || t.inQuote) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      cues.push({ first: i, end: i + 2, verb: null, according: true, participle: false, text: ctx.text.slice(t.start, (tokens[i + 1] as Token).end) });
      i++;
      continue;
    }
    // "in the words of a senior adviser": read as "according to".
    if (t.lower === 'in' && tokens[i + 1]?.lower === 'the' && tokens[i + 2]?.lower === 'words' && tokens[i + 3]?.lower === 'of' && i + 3 < frame.endToken) {
      cues.push({ first: i, end: i + 4, verb: null, according: true, participle: false, text: ctx.text.slice(t.start, (tokens[i + 3] as Token).end) });
      i += 3;
      continue;
    }
    const forms = CUE_FORMS.get(t.lower);
    if (!forms) continue;
    // Mid-sentence capitals are names or titles ("the United States"), not verbs.
    if (t.cap && i !== frame.firstToken) continue;
    const prev = previousWord(tokens, i, frame);
    if (prev && DETERMINERS.has(prev.lower)) continue; // "a noted economist", "the claims"
    // "Mr. Trump, asked about the deaths …, had said": after a comma "asked" is a passive aside, not a cue.
    if (t.lower === 'asked' && prev?.text === ',') continue;
    for (const form of forms) {
      const tail = form.verb.tail;
      let ok = true;
      for (let k = 0; k < tail.length; k++) {
        if (tokens[i + 1 + k]?.lower !== tail[k]) ok = false;
      }
      if (!ok) continue;
      const isBase = t.lower === form.verb.base;
      // "the article read", "the sign reads": a past that looks like the base, after a document.
      // Also after the "it" that stands for one ("“…,” it read.") and before one (“…,” read the statement).
      const afterDocument = READ_LIKE.has(t.lower) && ((prev !== undefined && (DOCUMENT_WORDS.has(prev.lower) || prev.lower === 'it'))
        || documentAfter(tokens, i + 1, frame));
      if (isBase && tail.length === 0 && !afterDocument && !baseFormIsVerb(tokens, i, frame)) break;
      // "was told", "is expected": passive, the subject is not the speaker.
      let k = i - 1;
      while (k >= frame.firstToken && CUE_ADVERBS.has((tokens[k] as Token).lower) && !BE_FORMS.has((tokens[k] as Token).lower)) k--;
      const beforeAdverbs = tokens[k];
      const passive = k >= frame.firstToken && beforeAdverbs !== undefined && BE_FORMS.has(beforeAdverbs.lower);
      const end = i + 1 + tail.length;
      if (passive && !form.participle) {
        // "Sanders was asked by host Bill Maher, …, “…”": the one after "by" is the speaker.
        const by = tokens[end];
        if (by && by.lower === 'by' && !by.inQuote) {
          cues.push({ first: i, end: end + 1, verb: form.verb, according: false, participle: false, passiveBy: true, text: ctx.text.slice(t.start, by.end) });
          i = end;
        }
        break;
      }
      const last = tokens[end - 1] as Token;
      cues.push({
        first: i,
        end,
        verb: form.verb,
        according: false,
        participle: form.participle && !passive,
        text: ctx.text.slice(t.start, last.end),
      });
      i = end - 1;
      break;
    }
  }
  return cues;
}
