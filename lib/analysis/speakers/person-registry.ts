// Merges the names of one article into people. "Sergey Lavrov", "Sergei Lavrov" and "Lavrov" are one person;
// "Hillary Clinton" and "Bill Clinton" are two, and a bare "Clinton" goes to the one the story is about (the one
// named most often so far). Names in running text create people; names inside quotations, in title-case
// headlines and in modifier position ("the Trump administration") only attach to people already known.

import type { NameRun } from './find-name-runs';
import { givenNamesAgree } from './fold-name';
import { GIVEN_NAME_GENDER } from './lexicon/given-names';

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
  // "Mrs. Clinton": a person known to be a woman before one of unknown gender; "Clinton allowed her staff":
  // the woman of the two Clintons.
  const want = run.gender ?? run.pronounHint ?? null;
  const sameGender = want ? candidates.filter((p) => p.gender === want) : [];
  const pool = sameGender.length > 0 ? sameGender : candidates;
  let best: Person | null = null;
  for (const p of pool) {
    if (run.gender && p.gender && !p.genderInferred && run.gender !== p.gender) continue;
    if (!best || p.runs.length > best.runs.length || (p.runs.length === best.runs.length && p.lastSeen > best.lastSeen)) best = p;
  }
  return best;
}

/** Shortest surname compared by spelling distance: shorter ones differ by a letter too often ("Bush"/"Rush"). */
const MIN_TYPO_SURNAME = 5;

/** Whether two folded surnames differ by one inserted, dropped or changed letter ("Wimes"/"Wines",
 * "McClenney"/"McLenney") or two swapped neighbours ("Kiedis"/"Keidis"), but not by a plural "s"
 * ("Clinton"/"Clintons") or their first letter. */
function oneTypoApart(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < MIN_TYPO_SURNAME || Math.abs(a.length - b.length) > 1 || a[0] !== b[0]) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long === `${short}s`) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Same length: one substitution, or two neighbouring letters swapped ("Keidis"/"Kiedis"); otherwise one
  // insertion into the shorter.
  if (short.length === long.length) {
    return short.slice(i + 1) === long.slice(i + 1)
      || (short[i] === long[i + 1] && short[i + 1] === long[i] && short.slice(i + 2) === long.slice(i + 2));
  }
  return short.slice(i) === long.slice(i + 1);
}

/**
 * Someone already known that a name matches only loosely: a misspelt surname ("Wines" for Leslie Wimes, with or
 * without the first name), or a first name alone ("Hillary" for Hillary Clinton). Only one candidate may fit.
 */
function looseMatch(persons: readonly Person[], run: NameRun): Person | null {
  const typo = persons.filter((p) => p.given !== null && oneTypoApart(p.family, run.family)
    && (run.given === null || givenNamesAgree(p.given, run.given)));
  if (typo.length === 1) return typo[0] as Person;
  if (run.given !== null || run.honorific || run.roles.length > 0 || run.place) return null;
  const byGiven = persons.filter((p) => p.given === run.family);
  return byGiven.length === 1 && !persons.some((p) => p.family === run.family) ? (byGiven[0] as Person) : null;
}

function match(byFamily: ReadonlyMap<string, Person[]>, run: NameRun, persons: readonly Person[] = []): Person | null {
  const sameFamily = byFamily.get(run.family) ?? [];
  if (sameFamily.length === 0) return looseMatch(persons, run);
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

/**
 * "Bill" … "Bill Clinton's hair": someone first met by a first name alone takes the full name when it comes, if
 * no one else has that first name. The person moves to the new surname.
 */
function adoptLoneGivenName(persons: readonly Person[], byFamily: Map<string, Person[]>, run: NameRun): Person | null {
  const given = run.given as string;
  const lone = persons.filter((p) => p.given === null && p.maxSize === 1 && !p.titled && p.family === given);
  if (lone.length !== 1 || persons.some((p) => p.given === given)) return null;
  const p = lone[0] as Person;
  byFamily.set(p.family, (byFamily.get(p.family) ?? []).filter((x) => x !== p));
  p.family = run.family;
  byFamily.set(p.family, [...(byFamily.get(p.family) ?? []), p]);
  return p;
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
    let p = match(byFamily, run, persons) ?? (run.given ? adoptLoneGivenName(persons, byFamily, run) : null);
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
    const p = match(byFamily, run, persons);
    if (p) {
      p.runs.push(run);
      personOf.set(run, p);
    }
  }
  return persons;
}

/**
 * People named only by a word that is a first name ("Melanie", "Kevin") and of unknown gender: that name's
 * gender, as a guess that an honorific or a role outranks.
 */
export function genderFromLoneGivenName(persons: Iterable<Person>): void {
  for (const p of persons) {
    if (p.given !== null || p.gender !== null || p.maxSize !== 1) continue;
    // The lexicon is keyed by the plain word: folding turns "Bobby" into "bobbi".
    const word = p.runs[0]?.plain.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    const gender = word ? GIVEN_NAME_GENDER.get(word) : undefined;
    if (gender) {
      p.gender = gender;
      p.genderInferred = true;
    }
  }
}
