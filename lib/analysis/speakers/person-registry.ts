// Merges the names of one article into people. "Sergey Lavrov", "Sergei Lavrov" and "Lavrov" are one person;
// "Hillary Clinton" and "Bill Clinton" are two, and a bare "Clinton" goes to the one the story is about (the one
// named most often so far). Names in running text create people; names inside quotations, in title-case
// headlines and in modifier position ("the Trump administration") only attach to people already known.

import type { NameRun } from './find-name-runs';
import { givenNamesAgree } from './fold-name';

export interface Person {
  id: number;
  given: string | null;
  family: string;
  runs: NameRun[];
  roles: string[];
  gender: 'm' | 'f' | null;
  /** The gender was guessed from pronouns, not read from an honorific or a role: a weaker hint. */
  genderInferred: boolean;
  /** Named with a title, honorific or role somewhere. */
  titled: boolean;
  /** Most name words in any one mention. */
  maxSize: number;
  /** Order of the run that created it, for recency when a bare surname has several candidates. */
  lastSeen: number;
}

/** Whether the person is certainly a person (a lone capitalised word may be a country or a newspaper). */
export function isPersonLike(p: Person): boolean {
  return p.titled || p.maxSize >= 2 || p.gender !== null || p.roles.length > 0;
}

function canCreate(run: NameRun): boolean {
  // A place only joins a person already met ("Lloyd Austin" … "Austin said").
  return !run.inQuote && !run.titleCase && run.position !== 'modifier' && !run.place;
}

function pick(candidates: readonly Person[], run: NameRun): Person | null {
  // "Mrs. Clinton": a person known to be a woman before one of unknown gender.
  const sameGender = run.gender ? candidates.filter((p) => p.gender === run.gender) : [];
  const pool = sameGender.length > 0 ? sameGender : candidates;
  let best: Person | null = null;
  for (const p of pool) {
    if (run.gender && p.gender && !p.genderInferred && run.gender !== p.gender) continue;
    if (!best || p.runs.length > best.runs.length || (p.runs.length === best.runs.length && p.lastSeen > best.lastSeen)) best = p;
  }
  return best;
}

function match(byFamily: ReadonlyMap<string, Person[]>, run: NameRun): Person | null {
  const sameFamily = byFamily.get(run.family) ?? [];
  if (sameFamily.length === 0) return null;
  if (run.given) {
    const agreeing = sameFamily.filter((p) => p.given !== null && givenNamesAgree(p.given, run.given as string));
    if (agreeing.length > 0) return pick(agreeing, run);
    const bare = sameFamily.filter((p) => p.given === null);
    return bare.length > 0 ? pick(bare, run) : null;
  }
  return pick(sameFamily, run);
}

function absorb(p: Person, run: NameRun, order: number, bareGender: boolean): void {
  p.runs.push(run);
  if (run.given && p.given === null) p.given = run.given;
  for (const role of run.roles) if (!p.roles.includes(role)) p.roles.push(role);
  // An honorific or a gendered role outranks a guess from pronouns.
  if ((run.given || bareGender) && run.gender && (p.gender === null || p.genderInferred)) {
    p.gender = run.gender;
    p.genderInferred = false;
  }
  p.titled ||= run.titled;
  p.maxSize = Math.max(p.maxSize, run.size);
  p.lastSeen = order;
}

/** Key of a full name, for genders learnt in an earlier pass. */
export function fullNameKey(given: string, family: string): string {
  return `${given} ${family}`;
}

/**
 * People of the article, from its name runs in reading order; fills `personOf`. `genders` holds what an
 * earlier pass learnt about full names, so "Mrs. Clinton" can go to Hillary rather than Bill.
 */
export function buildPersons(runs: readonly NameRun[], personOf: Map<NameRun, Person>, genders?: ReadonlyMap<string, 'm' | 'f'>): Person[] {
  // Without learnt genders (the first pass), a bare "Mrs. Clinton" may land on the wrong Clinton: it must not
  // give that person its gender.
  const bareGender = genders !== undefined;
  const persons: Person[] = [];
  const byFamily = new Map<string, Person[]>();
  let order = 0;
  for (const run of runs) {
    order++;
    if (!canCreate(run)) continue;
    let p = match(byFamily, run);
    if (!p) {
      p = { id: persons.length, given: run.given, family: run.family, runs: [], roles: [], gender: null, genderInferred: false, titled: false, maxSize: 0, lastSeen: order };
      persons.push(p);
      byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), p]);
    }
    absorb(p, run, order, bareGender);
    const learnt = p.given && genders ? genders.get(fullNameKey(p.given, p.family)) : undefined;
    if (learnt && p.gender === null) {
      p.gender = learnt;
      p.genderInferred = true;
    }
    personOf.set(run, p);
  }
  // Second pass: mentions that may only point at someone already known.
  order = 0;
  for (const run of runs) {
    order++;
    if (canCreate(run)) continue;
    const p = match(byFamily, run);
    if (p) {
      p.runs.push(run);
      personOf.set(run, p);
    }
  }
  return persons;
}
