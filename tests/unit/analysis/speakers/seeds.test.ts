// The two seed articles against their hand-made reference (../shared/seeds/gold.json): every direct quote found
// and tied to the right speaker, reported speech mostly found, speakers neither split nor merged, people who are
// only mentioned not listed. Snippets are matched by overlap after folding curly quotes and spaces.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeQuotes } from '../../../../lib/analysis/speakers/attribute-quotes';
import { foldName } from '../../../../lib/analysis/speakers/fold-name';
import { splitSentences } from '../../../../lib/analysis/sentences';
import type { Block, Quote, Speaker } from '../../../../lib/analysis/types';
import { blocksOfLines } from './local-sentences';

interface GoldQuote { kind: 'direct' | 'indirect'; text: string; speaker: string; alsoAccept?: string[] }
interface GoldSpeaker { name: string; aliases: string[]; roles: string[] }
interface GoldArticle { speakers: GoldSpeaker[]; mentionedOnly: string[]; quotes: GoldQuote[] }

const seeds = resolve(import.meta.dirname, '../../../../../shared/seeds');
const gold = JSON.parse(readFileSync(resolve(seeds, 'gold.json'), 'utf8')) as { articles: Record<string, GoldArticle> };

/** Curly quotes to straight ones, one character for one, so offsets still line up. */
const foldQuotes = (s: string): string => s.replace(/[“”„«»]/gu, '"').replace(/[‘’]/gu, "'").replace(/\s/gu, ' ');
const collapse = (s: string): string => foldQuotes(s).replace(/ +/gu, ' ').trim();
const PRONOUNS = new Set(['he', 'she', 'they']);

/** Every place a snippet occurs: [block, start, end]. */
function occurrences(blocks: readonly Block[], snippet: string): [number, number, number][] {
  const needle = collapse(snippet);
  const found: [number, number, number][] = [];
  for (const b of blocks) {
    const text = foldQuotes(b.text);
    for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) found.push([b.id, at, at + needle.length]);
  }
  return found;
}

const surname = (name: string): string => foldName(name.trim().split(/\s+/u).pop() ?? '');

/** Whether our speaker is the gold person: their surnames meet in some form of the name. */
function isSpeaker(ours: Speaker | undefined, goldName: string): boolean {
  if (!ours) return false;
  const forms = [ours.name, ...ours.aliases].filter((f) => !PRONOUNS.has(f.toLowerCase())).map(surname);
  return forms.includes(surname(goldName));
}

function quoteAt(quotes: readonly Quote[], [block, start, end]: [number, number, number], kinds: readonly string[]): Quote | undefined {
  return quotes.find((q) => q.block === block && q.start < end && start < q.end && kinds.includes(q.kind));
}

describe.each(Object.keys(gold.articles))('seed %s', (file) => {
  const article = gold.articles[file] as GoldArticle;
  const blocks = blocksOfLines(readFileSync(resolve(seeds, file), 'utf8'));
  const result = attributeQuotes(blocks, splitSentences(blocks));
  const byId = new Map(result.speakers.map((s) => [s.id, s]));
  const goldByName = new Map(article.speakers.map((s) => [s.name, s]));

  it('finds every direct quote and ties it to the right speaker', () => {
    const misses: string[] = [];
    for (const q of article.quotes.filter((x) => x.kind === 'direct')) {
      const places = occurrences(blocks, q.text);
      expect(places.length, q.text).toBeGreaterThan(0);
      for (const place of places) {
        const ours = quoteAt(result.quotes, place, ['direct']);
        const speaker = ours?.speaker ? byId.get(ours.speaker) : undefined;
        const accepted = [q.speaker, ...(q.alsoAccept ?? [])];
        if (!ours || !accepted.some((name) => isSpeaker(speaker, name))) misses.push(`${q.text} -> ${speaker?.name ?? 'none'}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('finds at least 90% of the reported speech with the right speaker', () => {
    const indirect = article.quotes.filter((x) => x.kind === 'indirect');
    const right = indirect.filter((q) => occurrences(blocks, q.text).every((place) => {
      const ours = quoteAt(result.quotes, place, ['indirect', 'direct']);
      return isSpeaker(ours?.speaker ? byId.get(ours.speaker) : undefined, q.speaker);
    }));
    expect(right.length / indirect.length, `${right.length}/${indirect.length}`).toBeGreaterThanOrEqual(0.9);
  });

  it('neither splits nor merges speakers', () => {
    const idsOf = new Map<string, Set<string>>();
    for (const q of article.quotes.filter((x) => x.kind === 'direct' && !x.alsoAccept)) {
      for (const place of occurrences(blocks, q.text)) {
        const id = quoteAt(result.quotes, place, ['direct'])?.speaker;
        if (id) idsOf.set(q.speaker, (idsOf.get(q.speaker) ?? new Set()).add(id));
      }
    }
    for (const [name, ids] of idsOf) expect([...ids], `${name} is one speaker`).toHaveLength(1);
    const all = [...idsOf.values()].flatMap((ids) => [...ids]);
    expect(new Set(all).size, 'different people are different speakers').toBe(all.length);
  });

  it('lists every quoted person once, with the roles the article gives', () => {
    for (const g of article.speakers) {
      const matches = result.speakers.filter((s) => isSpeaker(s, g.name));
      expect(matches.map((s) => s.name), g.name).toHaveLength(1);
      const roles = (matches[0]?.roles ?? []).map(collapse).map((r) => r.toLowerCase());
      for (const role of g.roles) expect(roles, `${g.name}: ${role}`).toContain(collapse(role).toLowerCase());
    }
  });

  it('lists no speaker the reference does not list (no country speaks: "Russia made it clear …")', () => {
    const spurious = result.speakers.filter((s) => !article.speakers.some((g) => isSpeaker(s, g.name)));
    expect(spurious.map((s) => s.name)).toEqual([]);
  });

  it('does not list people who are only mentioned', () => {
    for (const name of article.mentionedOnly) {
      expect(result.speakers.filter((s) => isSpeaker(s, name)).map((s) => s.name), name).toEqual([]);
    }
  });

  it('numbers speakers s1, s2, … and paints mentions only for them', () => {
    expect(result.speakers.map((s) => s.id)).toEqual(result.speakers.map((_, i) => `s${i + 1}`));
    for (const m of result.mentions) {
      expect(byId.has(m.speaker)).toBe(true);
      expect(m.end).toBeGreaterThan(m.start);
    }
    // Each form of a name is painted: the whole alias, or its name part when the alias carries a title
    // ("Senator Marco Rubio" is painted as "Marco Rubio").
    const painted = result.mentions.map((m) => collapse(blocks[m.block]?.text.slice(m.start, m.end) ?? ''));
    for (const g of goldByName.values()) {
      for (const alias of g.aliases.filter((a) => !PRONOUNS.has(a.toLowerCase()))) {
        expect(painted.some((p) => collapse(alias).endsWith(p) && surname(p) === surname(alias)), `${g.name} painted as ${alias}`).toBe(true);
      }
    }
  });
});
