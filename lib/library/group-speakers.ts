// One person, one entry, across every saved article: the spellings articles use are merged (Sergey/Sergei
// Lavrov, Yury/Yuri Ushakov; a surname alone joins the one full name it can belong to), each article's name,
// roles and quotes are kept, and offices that cannot all be true are marked (Rubio as "Secretary of State" in
// one article and "Senator" in another). Pure.
import { givenNamesAgree } from '../analysis/speakers/fold-name';
import { roleKey, rolesDisagree, type RoleKey } from './role-key';
import { speakerKey } from './speaker-key';

export interface SpeakerAppearance {
  articleId: number;
  name: string;
  roles: readonly string[];
  /** The speaker's quotes in that article, when the caller has them (the library loads them on demand). */
  quotes?: ReadonlyArray<{ text: string; kind: 'direct' | 'indirect' }>;
  /** How many quotes, when the quotes themselves are not loaded. */
  quoteCount?: number;
}

export interface RoleUse {
  role: string;
  articleIds: number[];
}

export interface SpeakerGroup {
  /** speakerKey of the name shown. */
  key: string;
  /** The name most articles use. */
  name: string;
  /** Every spelling, most used first. */
  variants: string[];
  appearances: SpeakerAppearance[];
  articleIds: number[];
  /** Each distinct role (as first written) and the articles that give it. */
  roles: RoleUse[];
  /** The roles that disagree with another role of this person, or empty. */
  conflictingRoles: RoleUse[];
  /**
   * When roles disagree: the offices given, in sets that agree among themselves ("Secretary of State", "US
   * Secretary of State") — two sets or more. Empty when nothing disagrees.
   */
  roleSets: RoleUse[][];
}

interface Cluster {
  keys: Set<string>;
  appearances: SpeakerAppearance[];
}

/** Groups appearances of people across articles. Appearances with no name key are left out. */
export function groupSpeakers(appearances: readonly SpeakerAppearance[]): SpeakerGroup[] {
  const byKey = new Map<string, Cluster>();
  for (const a of appearances) {
    const key = speakerKey(a.name);
    if (!key) continue;
    const cluster = byKey.get(key) ?? byKey.set(key, { keys: new Set([key]), appearances: [] }).get(key)!;
    cluster.appearances.push(a);
  }
  const clusters = mergeByName([...byKey.values()]);
  return clusters.map(groupOf).sort((a, b) => b.articleIds.length - a.articleIds.length || a.name.localeCompare(b.name));
}

const wordsOf = (key: string) => key.split(' ');

/**
 * Full names with one surname whose given names agree (an initial for the name: "V. Zelensky") are one person;
 * a surname alone joins the full name with that surname when there is exactly one.
 */
function mergeByName(clusters: Cluster[]): Cluster[] {
  const bySurname = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const surname = wordsOf([...c.keys][0]!).at(-1)!;
    (bySurname.get(surname) ?? bySurname.set(surname, []).get(surname)!).push(c);
  }
  const out: Cluster[] = [];
  for (const group of bySurname.values()) {
    const full: Cluster[] = [];
    const alone: Cluster[] = [];
    for (const c of group) (wordsOf([...c.keys][0]!).length > 1 ? full : alone).push(c);
    const merged: Cluster[] = [];
    for (const c of full) {
      const given = wordsOf([...c.keys][0]!)[0]!;
      const into = merged.filter((m) => [...m.keys].some((k) => givenNamesAgree(wordsOf(k)[0]!, given) || givenNamesAgree(given, wordsOf(k)[0]!)));
      if (into.length === 1) {
        for (const k of c.keys) into[0]!.keys.add(k);
        into[0]!.appearances.push(...c.appearances);
      } else {
        merged.push({ keys: new Set(c.keys), appearances: [...c.appearances] });
      }
    }
    if (merged.length === 1) {
      for (const c of alone) {
        for (const k of c.keys) merged[0]!.keys.add(k);
        merged[0]!.appearances.push(...c.appearances);
      }
    } else {
      merged.push(...alone);
    }
    out.push(...merged);
  }
  return out;
}

function groupOf(cluster: Cluster): SpeakerGroup {
  const counts = new Map<string, number>();
  for (const a of cluster.appearances) counts.set(a.name, (counts.get(a.name) ?? 0) + 1);
  // Most used first; on a tie the fuller name (more words) shows, since it says more.
  const variants = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || b.split(' ').length - a.split(' ').length);
  const roles: RoleUse[] = [];
  for (const a of cluster.appearances) {
    for (const role of a.roles) {
      const same = roles.find((r) => r.role.toLowerCase() === role.toLowerCase());
      if (same) {
        if (!same.articleIds.includes(a.articleId)) same.articleIds.push(a.articleId);
      } else {
        roles.push({ role, articleIds: [a.articleId] });
      }
    }
  }
  const keyed = roles.map((r) => ({ use: r, key: roleKey(r.role) }));
  const conflictingRoles = keyed
    .filter(({ key }) => key && keyed.some((other) => other.key && rolesDisagree(key, other.key)))
    .map(({ use }) => use);
  // Each office joins the first set it agrees with entirely.
  const sets: Array<Array<{ use: RoleUse; key: RoleKey }>> = [];
  for (const { use, key } of keyed) {
    if (!key || !conflictingRoles.includes(use)) continue;
    const home = sets.find((set) => set.every((m) => !rolesDisagree(m.key, key)));
    if (home) home.push({ use, key });
    else sets.push([{ use, key }]);
  }
  const roleSets = sets.length > 1 ? sets.map((set) => set.map((m) => m.use)) : [];
  return {
    key: speakerKey(variants[0]!),
    name: variants[0]!,
    variants,
    appearances: cluster.appearances,
    articleIds: [...new Set(cluster.appearances.map((a) => a.articleId))],
    roles,
    conflictingRoles,
    roleSets,
  };
}
