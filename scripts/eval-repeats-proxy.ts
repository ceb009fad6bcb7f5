// A held-out stand-in for the PolNeAR dev repeats set (../shared/data/repeats/polnear_dev_repeats.jsonl),
// built from PolNeAR train articles the way that set's README describes it, so a rule tuned on dev can be
// checked on articles it was never tuned on. Seeded: the same set on every run.
// - Each article is split into paragraphs (non-empty lines), as the dev set is.
// - None, one or two paragraphs of 120+ characters (not the title) are inserted again later in the article
//   (after their source, anywhere up to the end), in one of the six forms, picked evenly:
//   exact; format (curly quotes made straight, the first two spaces doubled, a spaced full stop at the end);
//   truncate (first sentence dropped; a paragraph of one sentence, or whose rest is under 60 characters,
//   loses its first third of words); prefix (first 60% of words then "…"); edit10 (one word in ten dropped or
//   replaced by a filler word); boiler (a boilerplate tail appended). The forms, fillers and tails are those
//   of the dev set, read off its pairs: format, prefix and most truncations reproduce its pairs exactly.
//   (0, 1, 2 insertions weighted 1:2:1, as the dev set has 20, 41 and 23 articles of each.)
// - A paragraph that already repeats an earlier one is not used as a source: its re-insertion would be a
//   third copy whose original is the first, and the label could not say which.
// - `natural`: paragraphs already repeated in the article as published, found as the dev set's are, by
//   paragraph-level 5-word-shingle Jaccard >= 0.5 with an earlier paragraph (silver).
// `origin[i]` is the paragraph's index in the article as published (-1 for an inserted copy), so verdicts on
// flags can be keyed to the published article and survive a change of seed.
import { seededRandom } from './seeded-random';

export interface Injection { dup_index: number; source_index: number; transform: string }
export interface ProxyArticle { id: string; paragraphs: string[]; injected: Injection[]; natural: Injection[]; origin: number[] }

// As in the dev set's README: paragraphs re-inserted are 120+ characters long.
const MIN_SOURCE_CHARS = 120;
// A truncated copy keeps its first-sentence cut only when the rest is still a scored repeat (60+ characters).
const MIN_REST_CHARS = 60;
// The prefix form keeps 60% of the words; edit10 touches one word in ten.
const PREFIX_SHARE = 0.6;
const EDIT_EVERY = 10;
const FORMS = ['exact', 'format', 'truncate', 'prefix', 'edit10', 'boiler'] as const;
// Read off the dev set's edited copies (the words they put in) and boilerplate tails.
const FILLERS = ['the', 'new', 'officials', 'Tuesday', 'also', 'on', 'said'];
const TAILS = ['Sign up for our daily briefing.', '(Reporting by staff; Editing by desk)', 'Click here to subscribe to our newsletter.', 'Read more:'];
// 0, 1 or 2 insertions per article, weighted 1:2:1.
const INSERTION_COUNTS = [0, 1, 1, 2];
// The silver rule for repeats already in the articles.
const NATURAL_JACCARD = 0.5;
const SHINGLE = 5;


const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
const words = (p: string) => p.trim().split(/\s+/u);

function format(p: string): string {
  const straight = p.replace(/[’‘]/gu, "'").replace(/[“”]/gu, '"');
  let spaces = 0;
  const spaced = straight.replace(/ /gu, (s) => (spaces++ < 2 ? '  ' : s));
  return `${spaced.endsWith('.') ? spaced.slice(0, -1) : spaced} .`;
}

function truncate(p: string): string {
  const sentences = p.split(/(?<=[.!?])\s+/u);
  const rest = sentences.slice(1).join(' ');
  if (sentences.length > 1 && rest.length >= MIN_REST_CHARS) return rest;
  const w = words(p);
  return w.slice(Math.floor(w.length / 3)).join(' ');
}

function edit10(p: string, next: () => number): string {
  const w = words(p);
  const edits = Math.max(1, Math.floor(w.length / EDIT_EVERY));
  const at = new Set<number>();
  while (at.size < Math.min(edits, w.length)) at.add(Math.floor(next() * w.length));
  return w.flatMap((word, i) => (!at.has(i) ? [word] : next() < 0.5 ? [] : [pick(next, FILLERS)])).join(' ');
}

export function transform(form: (typeof FORMS)[number], p: string, next: () => number): string {
  switch (form) {
    case 'exact': return p;
    case 'format': return format(p);
    case 'truncate': return truncate(p);
    case 'prefix': { const w = words(p); return `${w.slice(0, Math.floor(w.length * PREFIX_SHARE)).join(' ')}…`; }
    case 'edit10': return edit10(p, next);
    case 'boiler': return `${p} ${pick(next, TAILS)}`;
  }
}

function shingles(p: string): Set<string> {
  const t = p.toLowerCase().match(/\w+/gu) ?? [];
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= t.length; i++) out.add(t.slice(i, i + SHINGLE).join(' '));
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** For each paragraph, the first earlier one it repeats by the silver rule (or -1). */
function naturalSources(paragraphs: string[], skip: (i: number) => boolean = () => false): number[] {
  const sets = paragraphs.map(shingles);
  return sets.map((s, j) => {
    if (skip(j) || !s.size) return -1;
    for (let i = 0; i < j; i++) if (!skip(i) && jaccard(sets[i] as Set<string>, s) >= NATURAL_JACCARD) return i;
    return -1;
  });
}

export function buildTrainProxy(articles: { id: string; text: string }[], seed: number): ProxyArticle[] {
  const next = seededRandom(seed);
  return articles.map((a) => {
    const published = a.text.split('\n').map((p) => p.trim()).filter(Boolean);
    const alreadyRepeats = naturalSources(published);
    const paragraphs = [...published];
    const origin = published.map((_, i) => i);
    const injected: Injection[] = [];
    const count = pick(next, INSERTION_COUNTS);
    for (let n = 0; n < count; n++) {
      const sources = paragraphs.flatMap((p, i) => (i > 0 && origin[i] !== -1 && alreadyRepeats[origin[i] as number] === -1 && p.length >= MIN_SOURCE_CHARS ? [i] : []));
      if (!sources.length) break;
      const source = pick(next, sources);
      const form = pick(next, FORMS);
      const copy = transform(form, paragraphs[source] as string, next);
      // Inserted after the source, anywhere up to the end.
      const at = source + 1 + Math.floor(next() * (paragraphs.length - source));
      for (const x of injected) {
        if (x.dup_index >= at) x.dup_index++;
        if (x.source_index >= at) x.source_index++;
      }
      paragraphs.splice(at, 0, copy);
      origin.splice(at, 0, -1);
      injected.push({ dup_index: at, source_index: source, transform: form });
    }
    const natural = naturalSources(paragraphs, (i) => origin[i] === -1).flatMap((source, dup) => (source >= 0 ? [{ dup_index: dup, source_index: source, transform: 'natural' }] : []));
    return { id: a.id, paragraphs, injected, natural, origin };
  });
}
