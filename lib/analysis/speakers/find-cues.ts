// Finds reporting verbs outside quotations ("said", "told", "pointed out", "according to").

import type { BlockContext } from './block-context';
import type { Frame } from './build-frames';
import { CUE_FORMS, type CueVerb } from './lexicon/cue-verbs';
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

function previousWord(tokens: readonly Token[], i: number, frame: Frame): Token | undefined {
  const t = tokens[i - 1];
  return i - 1 >= frame.firstToken ? t : undefined;
}

function baseFormIsVerb(tokens: readonly Token[], i: number, frame: Frame): boolean {
  let k = i - 1;
  while (k >= frame.firstToken && CUE_ADVERBS.has((tokens[k] as Token).lower) && !BASE_FORM_LEADS.has((tokens[k] as Token).lower)) k--;
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
    const forms = CUE_FORMS.get(t.lower);
    if (!forms) continue;
    // Mid-sentence capitals are names or titles ("the United States"), not verbs.
    if (t.cap && i !== frame.firstToken) continue;
    const prev = previousWord(tokens, i, frame);
    if (prev && DETERMINERS.has(prev.lower)) continue; // "a noted economist", "the claims"
    for (const form of forms) {
      const tail = form.verb.tail;
      let ok = true;
      for (let k = 0; k < tail.length; k++) {
        if (tokens[i + 1 + k]?.lower !== tail[k]) ok = false;
      }
      if (!ok) continue;
      const isBase = t.lower === form.verb.base;
      if (isBase && tail.length === 0 && !baseFormIsVerb(tokens, i, frame)) break;
      // "was told", "is expected": passive, the subject is not the speaker.
      let k = i - 1;
      while (k >= frame.firstToken && CUE_ADVERBS.has((tokens[k] as Token).lower) && !BE_FORMS.has((tokens[k] as Token).lower)) k--;
      const beforeAdverbs = tokens[k];
      const passive = k >= frame.firstToken && beforeAdverbs !== undefined && BE_FORMS.has(beforeAdverbs.lower);
      if (passive && !form.participle) break;
      const end = i + 1 + tail.length;
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
