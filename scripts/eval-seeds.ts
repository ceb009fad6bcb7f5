// Scores the analysis of the two seed articles against their hand-made gold (../shared/seeds/gold.json):
// quotes and their speakers, speaker lists, claims that must and must not be flagged, the repeated body of
// seed 001 and the key points. Prints one table; with --strict, exits 1 when a target is missed.
//   npx tsx scripts/eval-seeds.ts [--strict]      (npm run eval:seeds)
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { analyze } from '../lib/analysis/analyze';
import { textToBlocks } from '../lib/analysis/text-to-blocks';
import type { Analysis, Speaker } from '../lib/analysis/types';

interface GoldSpeaker {
  name: string;
  aliases: string[];
  roles: string[];
}
interface GoldQuote {
  kind: 'direct' | 'indirect';
  text: string;
  speaker: string;
  alsoAccept?: string[];
}
interface GoldArticle {
  keyPoints: { source: string; items?: string[]; reference?: string[] };
  headings: string[];
  boilerplate: string[];
  speakers: GoldSpeaker[];
  mentionedOnly: string[];
  quotes: GoldQuote[];
  claims: { mustFlag: string[]; mustNotFlag: string[] };
  repeats: { firstCopyLines?: [number, number]; repeatLines?: [number, number] }[];
}
interface Gold {
  articles: Record<string, GoldArticle>;
}

const shared = path.resolve(process.cwd(), '../shared');
const seedsDir = path.join(shared, 'seeds');
const strict = process.argv.includes('--strict');

/** Curly quotes folded to straight ones, one character for one, so offsets stay valid. */
const foldQuotes = (s: string) => s.replace(/[“”„‟″]/g, '"').replace(/[‘’‚‛′]/g, "'");
const fold = (s: string) => foldQuotes(s).replace(/\s+/g, ' ').trim();
const norm = (s: string) => fold(s).toLowerCase();

interface Place {
  block: number;
  start: number;
  end: number;
}

/** Every place a gold snippet occurs in the article (seed 001 has each twice). */
function locate(analysis: Analysis, snippet: string): Place[] {
  const needle = fold(snippet);
  const places: Place[] = [];
  for (const b of analysis.blocks) {
    const hay = foldQuotes(b.text);
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
      places.push({ block: b.id, start: at, end: at + needle.length });
    }
  }
  return places;
}

/** Spans overlap by at least half of the shorter one: "found" allows a quote to differ at its edges. */
function overlaps(a: Place, b: Place): boolean {
  if (a.block !== b.block) return false;
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= 0.5 * Math.min(a.end - a.start, b.end - b.start);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
function surnames(forms: string[]): Set<string> {
  return new Set(
    forms
      .map(norm)
      .filter((f) => f && !PRONOUNS.has(f))
      .map((f) => f.split(' ').pop() as string),
  );
}
function goldForms(g: GoldSpeaker): string[] {
  return [g.name, ...g.aliases].filter((f) => /^\p{Lu}/u.test(f) && f.split(' ').length <= 4);
}
function speakerMatches(s: Speaker | undefined, g: GoldSpeaker | undefined): boolean {
  if (!s || !g) return false;
  const ours = surnames([s.name, ...s.aliases]);
  return [...surnames(goldForms(g))].some((n) => ours.has(n));
}

interface Row {
  metric: string;
  values: string[];
  pass: boolean | null;
}
const rows: Row[] = [];
const cells = new Map<string, string[]>();
const passes = new Map<string, boolean[]>();
function record(metric: string, value: string, pass: boolean | null) {
  cells.set(metric, [...(cells.get(metric) ?? []), value]);
  if (pass !== null) passes.set(metric, [...(passes.get(metric) ?? []), pass]);
}

const gold = JSON.parse(readFileSync(path.join(seedsDir, 'gold.json'), 'utf8')) as Gold;
const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();

for (const file of files) {
  const g = gold.articles[file];
  if (!g) continue;
  const text = readFileSync(path.join(seedsDir, file), 'utf8');
  const blocks = textToBlocks(text);
  // The first run pays for compiling regular expressions and warming the JIT; time the runs after it.
  const analysis = analyze(blocks);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    analyze(blocks);
    times.push(performance.now() - t0);
  }
  const ms = times.sort((a, b) => a - b)[2] ?? 0;
  const speakerById = new Map(analysis.speakers.map((s) => [s.id, s]));
  const goldByName = new Map(g.speakers.map((s) => [s.name, s]));

  // Quotes: found = an analysed quote overlapping the gold snippet; right = and its speaker is the gold one.
  for (const kind of ['direct', 'indirect'] as const) {
    const wanted = g.quotes.filter((q) => q.kind === kind);
    let found = 0;
    let right = 0;
    for (const q of wanted) {
      const places = locate(analysis, q.text);
      const hits = analysis.quotes.filter((a) => places.some((p) => overlaps(p, a)));
      if (hits.length) found++;
      const accepted = [q.speaker, ...(q.alsoAccept ?? [])].map((n) => goldByName.get(n));
      if (hits.some((h) => accepted.some((gs) => speakerMatches(speakerById.get(h.speaker ?? ''), gs)))) right++;
    }
    record(`${kind} quotes found / right speaker`, `${found}/${wanted.length} / ${right}/${wanted.length}`,
      found === wanted.length && right === wanted.length);
  }

  // Speakers: each gold speaker should be one analysed speaker, each analysed speaker one gold speaker.
  const split = g.speakers.filter((gs) => analysis.speakers.filter((s) => speakerMatches(s, gs)).length > 1);
  const merged = analysis.speakers.filter((s) => g.speakers.filter((gs) => speakerMatches(s, gs)).length > 1);
  const missing = g.speakers.filter((gs) => !analysis.speakers.some((s) => speakerMatches(s, gs)));
  const mentioned = g.mentionedOnly.filter((name) =>
    analysis.speakers.some((s) => speakerMatches(s, { name, aliases: [], roles: [] })),
  );
  record('speakers found', `${g.speakers.length - missing.length}/${g.speakers.length}`, missing.length === 0);
  record('speakers split/merged/mentioned-only listed', `${split.length}/${merged.length}/${mentioned.length}`,
    split.length + merged.length + mentioned.length === 0);

  // Claims: a gold line is flagged when a claim's sentence overlaps one of its occurrences.
  const sentenceById = new Map(analysis.sentences.map((s) => [s.id, s]));
  const flagged = (snippet: string) =>
    locate(analysis, snippet).some((p) =>
      analysis.claims.some((c) => {
        const s = sentenceById.get(c.sentence);
        return s !== undefined && s.block === p.block && s.start < p.end && s.end > p.start;
      }),
    );
  const mustFlag = g.claims.mustFlag.filter(flagged).length;
  const mustNot = g.claims.mustNotFlag.filter(flagged).length;
  record('claims: mustFlag flagged', `${mustFlag}/${g.claims.mustFlag.length}`, mustFlag === g.claims.mustFlag.length);
  record('claims: mustNotFlag flagged', `${mustNot}/${g.claims.mustNotFlag.length}`, mustNot === 0);
  record('claims flagged / sentences', `${analysis.claims.length}/${analysis.sentences.length}`, null);

  // Repeats: gold lines are file lines; textToBlocks makes one block per non-empty line.
  const lineToBlock = new Map<number, number>();
  let next = 0;
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim()) lineToBlock.set(i + 1, next++);
  });
  const repeatOf = new Map(analysis.repeats.filter((r) => r.start === undefined).map((r) => [r.block, r.of]));
  const spec = g.repeats.find((r) => r.firstCopyLines && r.repeatLines);
  if (spec?.firstCopyLines && spec.repeatLines) {
    const [from, to] = spec.repeatLines;
    const offset = from - spec.firstCopyLines[0];
    let twins = 0;
    for (let line = from; line <= to; line++) {
      const block = lineToBlock.get(line);
      const twin = lineToBlock.get(line - offset);
      if (block !== undefined && repeatOf.get(block) === twin) twins++;
    }
    let firstFlagged = 0;
    for (let line = spec.firstCopyLines[0]; line <= spec.firstCopyLines[1]; line++) {
      const block = lineToBlock.get(line);
      if (block !== undefined && analysis.repeats.some((r) => r.block === block)) firstFlagged++;
    }
    const total = to - from + 1;
    record('repeats: second copy -> twin', `${twins}/${total}`, twins === total);
    record('repeats: first copy flagged', `${firstFlagged}`, firstFlagged === 0);
  } else {
    record('repeats: second copy -> twin', '-', null);
    record('repeats: first copy flagged', `${analysis.repeats.length} (any)`, analysis.repeats.length === 0);
  }

  // Key points: the article's own list verbatim and in order, or 3–5 extracted points.
  const points = analysis.keyPoints;
  if (g.keyPoints.items) {
    const exact =
      points.length === g.keyPoints.items.length &&
      points.every((p, i) => p.source === 'article' && norm(p.text) === norm(g.keyPoints.items?.[i] ?? ''));
    record('key points', `${points.length} ${points[0]?.source ?? '-'}; exact list in order: ${exact ? 'yes' : 'no'}`, exact);
  } else {
    const reference = g.keyPoints.reference ?? [];
    const covered = reference.filter((r) => points.some((p) => norm(p.text).includes(norm(r)) || norm(r).includes(norm(p.text)))).length;
    const ok = points.length >= 3 && points.length <= 5 && points.every((p) => p.source === 'extracted');
    record('key points', `${points.length} ${points[0]?.source ?? '-'}; reference covered ${covered}/${reference.length}`, ok);
  }
  record('analyze time, median of 5 warm runs (ms)', ms.toFixed(1), null);
}

for (const [metric, values] of cells) {
  const results = passes.get(metric);
  rows.push({ metric, values, pass: results ? results.every(Boolean) : null });
}
// Totals over the seeds for the "found/total" cells ("5/5" + "5/5" -> "10/10").
function total(values: string[]): string {
  if (values.some((v) => !/^\d+\/\d+(?: \/ \d+\/\d+)*$/.test(v))) return '';
  const parsed = values.map((v) => [...v.matchAll(/(\d+)\/(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]));
  const first = parsed[0] ?? [];
  if (parsed.some((p) => p.length !== first.length)) return '';
  return first.map((_, i) => {
    const [n, d] = parsed.reduce(([a, b], p) => [a + (p[i]?.[0] ?? 0), b + (p[i]?.[1] ?? 0)], [0, 0]);
    return `${n}/${d}`;
  }).join(' / ');
}

const seedNames = files.filter((f) => gold.articles[f]).map((f) => f.slice(0, 3));
const width = Math.max(...rows.map((r) => r.metric.length));
const colWidth = Math.max(16, ...rows.flatMap((r) => r.values.map((v) => v.length)));
console.log(['metric'.padEnd(width), ...seedNames.map((n) => `seed ${n}`.padEnd(colWidth)), 'total'.padEnd(13), 'target'].join(' | '));
console.log(['-'.repeat(width), ...seedNames.map(() => '-'.repeat(colWidth)), '-'.repeat(13), '------'].join('-|-'));
for (const r of rows) {
  const status = r.pass === null ? '' : r.pass ? 'ok' : 'MISSED';
  console.log([r.metric.padEnd(width), ...r.values.map((v) => v.padEnd(colWidth)), total(r.values).padEnd(13), status].join(' | '));
}
const missed = rows.filter((r) => r.pass === false).length;
if (strict && missed) {
  console.error(`${missed} target(s) missed`);
  process.exit(1);
}
