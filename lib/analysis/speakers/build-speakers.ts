// Turns the agents that were quoted into Speaker records (ids s1, s2, … in order of first appearance) and lists
// every place in the text that refers to one of them: name mentions, role phrases and pronouns used as sources.

import type { Mention, Speaker, SpeakerKind } from '../types';
import type { Agent, Place } from './agent-book';
import type { NameRun } from './find-name-runs';
import { SUBJECT_PRONOUNS } from './lexicon/pronouns';
import { isPersonLike } from './person-registry';

export interface SpeakerTable {
  speakers: Speaker[];
  mentions: Mention[];
  idOf: Map<Agent, string>;
}

function comparePlaces(a: Place, b: Place): number {
  return a.block - b.block || a.start - b.start || a.end - b.end;
}

function placesOf(agent: Agent): Place[] {
  const places: Place[] = [...agent.places];
  for (const run of agent.person?.runs ?? []) places.push({ block: run.block, start: run.start, end: run.endChar });
  return places.sort(comparePlaces);
}

function fullestRun(runs: readonly NameRun[]): NameRun | null {
  let best: NameRun | null = null;
  for (const run of runs) {
    if (!best || run.size > best.size || (run.size === best.size && !run.inQuote && best.inQuote)) best = run;
  }
  return best;
}

/** Distinct forms; pronouns once whatever their case ("He" and "he" are one alias). */
function dedupe(values: readonly string[], except: string): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const clean = v.replace(/\s+/gu, ' ').trim();
    const key = SUBJECT_PRONOUNS.has(clean.toLowerCase()) ? clean.toLowerCase() : clean;
    if (clean && clean !== except && !seen.has(key)) {
      seen.add(key);
      out.push(clean);
    }
  }
  return out;
}

function describe(agent: Agent, speaksAsI: boolean): { name: string; aliases: string[]; roles: string[]; kind: SpeakerKind } {
  const person = agent.person;
  if (person) {
    const runs = [...person.runs].sort((a, b) => a.block - b.block || a.start - b.start);
    const best = fullestRun(runs);
    // A lone surname reads better with its honorific ("Dr Veldt" rather than "Veldt").
    const titled = best && best.size === 1 ? runs.find((r) => r.size === 1 && r.honorific) : undefined;
    const name = titled ? titled.surface : best ? best.plain : agent.label;
    const forms = [...runs.map((r) => r.surface), ...runs.map((r) => r.plain), ...agent.forms];
    // A lone capitalised word is a person once named with a title, referred to as "he"/"she" or quoted saying
    // "I" (bodies say "we"); else it is a country or a body ("Russia said").
    const kind: SpeakerKind = isPersonLike(person) || agent.gender !== null || speaksAsI ? 'person' : 'organization';
    return { name, aliases: dedupe(forms, name), roles: dedupe(person.roles, ''), kind };
  }
  const name = agent.label.replace(/\s+/gu, ' ').trim();
  return { name, aliases: dedupe(agent.forms, name), roles: [], kind: agent.kind };
}

/**
 * Speakers and mentions for the agents that were quoted. `speaksAsI` holds those quoted directly in the first
 * person singular ("“I believe very firmly …”"), which makes a lone surname a person.
 */
export function buildSpeakers(quoted: ReadonlySet<Agent>, speaksAsI: ReadonlySet<Agent> = new Set()): SpeakerTable {
  const ordered = [...quoted]
    .map((agent) => ({ agent, places: placesOf(agent) }))
    .sort((a, b) => {
      const pa = a.places[0];
      const pb = b.places[0];
      if (!pa || !pb) return pa ? -1 : pb ? 1 : 0;
      return comparePlaces(pa, pb);
    });
  const speakers: Speaker[] = [];
  const idOf = new Map<Agent, string>();
  const mentions: Mention[] = [];
  for (const { agent, places } of ordered) {
    const id = `s${speakers.length + 1}`;
    idOf.set(agent, id);
    speakers.push({ id, ...describe(agent, speaksAsI.has(agent)) });
    for (const p of places) mentions.push({ block: p.block, start: p.start, end: p.end, speaker: id });
  }
  mentions.sort((a, b) => a.block - b.block || a.start - b.start || b.end - a.end);
  // One speaker per stretch of text: drop mentions overlapping an earlier, longer one.
  const kept: Mention[] = [];
  for (const m of mentions) {
    const last = kept[kept.length - 1];
    if (last && last.block === m.block && m.start < last.end) continue;
    kept.push(m);
  }
  return { speakers, mentions: kept, idOf };
}
