// The library's links between articles, checked on the two seed reports against gold.json's crossArticle.
import { describe, expect, it } from 'vitest';
import type { Report } from '../../../lib/analysis/types';
import { groupClaims, type ClaimSource } from '../../../lib/library/group-claims';
import { groupSpeakers, type SpeakerAppearance } from '../../../lib/library/group-speakers';
import { speakerKey } from '../../../lib/library/speaker-key';
import { sampleReport } from '../storage/sample-report';
import { crossArticleGold, normalize, seedReports } from './seed-reports';

const gold = crossArticleGold();

function appearancesOf(reports: Report[]): SpeakerAppearance[] {
  return reports.flatMap((r, articleId) =>
    r.speakers.filter((s) => s.kind === 'person').map((s) => ({
      articleId, name: s.name, roles: s.roles,
      quotes: r.quotes.filter((q) => q.speaker === s.id).map((q) => ({ text: q.text, kind: q.kind })),
    })),
  );
}

function sourcesOf(reports: Report[]): ClaimSource[] {
  return reports.map((r, articleId) => {
    const claims = new Set(r.claims.map((c) => c.sentence));
    return { articleId, sentences: r.sentences.map((s) => ({ text: s.text, isClaim: claims.has(s.id) })) };
  });
}

describe('groupSpeakers on the seeds', () => {
  const groups = groupSpeakers(appearancesOf(seedReports()));

  it.each(gold.sameSpeakers)('makes %s (first article) and %s (second) one person', (a, b) => {
    const group = groups.find((g) => g.variants.some((v) => speakerKey(v) === speakerKey(a)) && g.variants.some((v) => speakerKey(v) === speakerKey(b)));
    expect(group, `${a} / ${b}`).toBeDefined();
    expect(group!.articleIds).toEqual([0, 1]);
    // Each article's own spelling is kept (the report may pick either of an article's forms: Zelensky/Zelenskyy).
    expect(speakerKey(group!.appearances.find((x) => x.articleId === 0)!.name)).toBe(speakerKey(a));
    expect(speakerKey(group!.appearances.find((x) => x.articleId === 1)!.name)).toBe(speakerKey(b));
  });

  it('lists each person once', () => {
    const keys = groups.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(groups.filter((g) => g.articleIds.length === 2)).toHaveLength(gold.sameSpeakers.length);
  });

  it('keeps each article’s quotes under the merged person', () => {
    const lavrov = groups.find((g) => g.variants.includes('Sergei Lavrov'))!;
    const quotes = lavrov.appearances.flatMap((a) => (a.quotes ?? []).map((q) => [a.articleId, q.text]));
    expect(quotes).toContainEqual([0, 'restoration of cooperation']);
    expect(quotes).toContainEqual([1, 'Moscow would not accept the deployment of NATO troops, regardless of the flag under which they operated']);
  });

  it('marks exactly the roles gold.json says disagree', () => {
    const marked = groups.filter((g) => g.conflictingRoles.length > 0);
    expect(marked.map((g) => g.name)).toEqual(gold.roleDisagreements.map((d) => d.speaker));
    for (const d of gold.roleDisagreements) {
      const roles = marked.find((g) => g.name === d.speaker)!.conflictingRoles.map((r) => r.role);
      for (const role of d.roles) expect(roles.some((r) => r.includes(role)), `${role} in ${roles.join(' / ')}`).toBe(true);
    }
  });

  it('sorts the disagreeing roles into sets that agree: the Secretary of State forms against Senator', () => {
    const rubio = groups.find((g) => g.name === 'Marco Rubio')!;
    expect(rubio.roleSets.map((set) => set.map((r) => r.role))).toEqual([['Secretary of State', 'US Secretary of State'], ['Senator']]);
    expect(groups.filter((g) => g.roleSets.length > 0)).toHaveLength(1);
  });

  it('gives each role the articles that use it', () => {
    const rubio = groups.find((g) => g.name === 'Marco Rubio')!;
    expect(rubio.roles.find((r) => r.role === 'Senator')!.articleIds).toEqual([1]);
    expect(rubio.roles.find((r) => r.role === 'US Secretary of State')!.articleIds).toEqual([0, 1]);
  });
});

describe('groupClaims on the seeds', () => {
  const groups = groupClaims(sourcesOf(seedReports()));
  const groupOf = (snippet: string, articleId: number) =>
    groups.findIndex((g) => g.members.some((m) => m.articleId === articleId && normalize(m.text).includes(normalize(snippet))));

  it.each(gold.sameClaims)('groups “%s” with “%s”', (a, b) => {
    const ga = groupOf(a, 0);
    expect(ga).toBeGreaterThanOrEqual(0);
    expect(groupOf(b, 1)).toBe(ga);
  });

  it('marks the figures that disagree: “over four hours” against “4.5-hour”', () => {
    const group = groups[groupOf(gold.sameClaims[0]![0], 0)]!;
    expect(group.disagreements).toEqual([{ unit: 'hour', figures: expect.arrayContaining([{ articleId: 0, text: 'over four hours' }, { articleId: 1, text: '4.5-hour' }]) }]);
  });

  it('groups only sentences of different articles, and each group has a sentence of each article', () => {
    for (const g of groups) expect(g.articleIds.sort()).toEqual([0, 1]);
  });

  it('keeps few groups: two reports of one event are not one big group', () => {
    expect(groups.length).toBeGreaterThanOrEqual(gold.sameClaims.length);
    for (const g of groups) expect(g.members.length).toBeLessThanOrEqual(6);
  });

  it('finds the same links with unrelated articles in the library', () => {
    const reports = [...seedReports(), sampleReport(), sampleReport({ url: 'https://b.example/', title: 'Another bridge' })];
    const more = groupClaims(sourcesOf(reports));
    for (const [a, b] of gold.sameClaims) {
      const ga = more.findIndex((g) => g.members.some((m) => m.articleId === 0 && normalize(m.text).includes(normalize(a))));
      expect(ga).toBeGreaterThanOrEqual(0);
      expect(more[ga]!.members.some((m) => m.articleId === 1 && normalize(m.text).includes(normalize(b)))).toBe(true);
    }
    // The two bridge articles are the same text: they group with each other, never with the seeds.
    for (const g of more) expect(g.articleIds.some((id) => id < 2) && g.articleIds.some((id) => id >= 2)).toBe(false);
  });
});
