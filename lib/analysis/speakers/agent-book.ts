// The sources an article quotes, and the memory needed to resolve "he", "she" and "the minister": every
// person, organisation or unnamed source met so far, with where it was last met and whether it was a subject
// there. "He"/"she" go to the nearest sentence's main speaker or first subject of a compatible gender (a first
// name, an honorific or a role tells; unknown fits both); role phrases to the person holding that role.

import type { SpeakerKind } from '../types';
import type { NameRun } from './find-name-runs';
import { isPersonLike, type Person } from './person-registry';
import { OFFICE_CHANGERS, roleWordKey } from './lexicon/role-words';
import type { SourcePhrase } from './source-phrase';
import type { ThingPhrase } from './thing-phrase';

export interface Place {
  block: number;
  start: number;
  end: number;
}

export interface Agent {
  key: number;
  kind: SpeakerKind;
  person: Person | null;
  /** Name of an organisation or unnamed source as first written ("a person familiar with the negotiations"). */
  label: string;
  head: string | null;
  words: string[];
  /** A group ("officials", "sources"): "the official" does not point back to it. */
  plural: boolean;
  /** Other ways the text refers to it as a source ("She", "The Russian Foreign Minister"). */
  forms: string[];
  /** Places outside name runs that refer to it (pronouns, role phrases, organisation names). */
  places: Place[];
  gender: 'm' | 'f' | null;
}

interface Seen {
  agent: Agent;
  block: number;
  /** The frame (sentence) it was read in: see enterFrame. */
  frame: number;
  token: number;
  subject: boolean;
  /** The agent was the source of a cue here. */
  source: boolean;
  /** A person's first mention, by full name and a role that ends the sentence, outside subject position
   * ("… concerns Henry Crespo, president of the Florida Democratic Black Caucus."): a new source introduced. */
  intro: boolean;
}

/** How many blocks back "he"/"she" may reach. */
const PRONOUN_WINDOW_BLOCKS = 3;
/** How many blocks back a subject of known gender is preferred for "he"/"she". */
const KNOWN_GENDER_WINDOW_BLOCKS = 1;
/** How many blocks back a role phrase without a matching role ("the official") may reach for a recent subject. */
const ROLE_FALLBACK_WINDOW_BLOCKS = 1;
/** How many blocks back "they"/"it" may reach for an organisation or group. */
const GROUP_WINDOW_BLOCKS = 2;
/** How many blocks back "it said" may reach for a document or organisation only mentioned ("The email includes a
 * photo …. ¶ At the bottom it reads"): as far as for a group that spoke. */
const THING_WINDOW_BLOCKS = GROUP_WINDOW_BLOCKS;
/** Role heads that never fall back to a recent named person: they introduce anonymous sources. */
const OFFICE_CHANGERS_LIST: readonly string[] = [...OFFICE_CHANGERS];
const ANONYMOUS_HEADS: ReadonlySet<string> = new Set(['source', 'person', 'people']);

function normaliseWords(text: string): string[] {
  return text.toLowerCase().split(/[\s’']+/u).filter((w) => w && !['the', 'a', 'an', 's'].includes(w));
}

export class AgentBook {
  readonly agents: Agent[] = [];
  private readonly byPerson = new Map<Person, Agent>();
  private readonly seen: Seen[] = [];
  private readonly roleWords = new Map<Person, ReadonlySet<string>>();
  private readonly met = new Set<Person>();
  private readonly spoken = new Set<Agent>();
  /** Documents and organisations met in the text, speaking or not, for "it said" (see thing-phrase.ts). */
  private readonly things: { block: number; token: number; phrase: ThingPhrase }[] = [];
  private frame = 0;
  private author: Agent | null = null;

  constructor(private readonly personOf: ReadonlyMap<NameRun, Person>) {}

  private create(kind: SpeakerKind, person: Person | null, label: string, head: string | null, words: string[], plural = false): Agent {
    const agent: Agent = { key: this.agents.length, kind, person, label, head, words, plural, forms: [], places: [], gender: person?.gender ?? null };
    this.agents.push(agent);
    return agent;
  }

  forPerson(person: Person): Agent {
    let agent = this.byPerson.get(person);
    if (!agent) {
      agent = this.create('person', person, '', null, []);
      this.byPerson.set(person, agent);
    }
    return agent;
  }

  /** Later notes belong to a new frame (sentence); frames are read in order. */
  enterFrame(): void {
    this.frame++;
  }

  /** Who the current frame is about: its main speaker, else its first subject, when that is a person. */
  topicOfFrame(): Agent | null {
    let best: Seen | null = null;
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      if (s.frame !== this.frame) break;
      if (!s.subject || !this.isPersonAgent(s.agent)) continue;
      if (!best || (s.source && !best.source) || (s.source === best.source && s.token <= best.token)) best = s;
    }
    return best?.agent ?? null;
  }

  /** Records that the text referred to the agent at (block, token), as a subject, or as a cue's source. */
  note(agent: Agent, block: number, token: number, subject: boolean, source = false, intro = false): void {
    this.seen.push({ agent, block, frame: this.frame, token, subject: subject || source, source, intro });
    if (source) this.spoken.add(agent);
  }

  /** Records a "he"/"she" as it is read, as the person it most likely is (nothing is learnt from it). */
  notePronoun(gender: 'm' | 'f', block: number, token: number, subject: boolean): void {
    const agent = this.resolvePronoun(gender, block, token);
    if (agent) this.note(agent, block, token, subject);
  }

  /** Records a document or organisation phrase as it is read ("The email includes …"). */
  noteThing(phrase: ThingPhrase, block: number, token: number): void {
    this.things.push({ block, token, phrase });
  }

  /**
   * "it said": the organisation that last spoke or the document or organisation last met, whichever is nearer
   * (within THING_WINDOW_BLOCKS blocks, before the "it").
   */
  private resolveIt(block: number, token: number): Agent | null {
    let spoke: Seen | null = null;
    for (let i = this.seen.length - 1; i >= 0 && !spoke; i--) {
      const s = this.seen[i] as Seen;
      if (s.block < block - GROUP_WINDOW_BLOCKS) break;
      if (s.agent.kind === 'organization' && this.before(s, block, token)) spoke = s;
    }
    let met: { block: number; token: number; phrase: ThingPhrase } | null = null;
    for (let i = this.things.length - 1; i >= 0 && !met; i--) {
      const t = this.things[i] as { block: number; token: number; phrase: ThingPhrase };
      if (t.block < block - THING_WINDOW_BLOCKS) break;
      if (t.block < block || t.token < token) met = t;
    }
    if (met && (!spoke || met.block > spoke.block || (met.block === spoke.block && met.token > spoke.token))) {
      return this.resolveOrganisation(met.phrase, block);
    }
    return spoke?.agent ?? null;
  }

  /** Records a name run as it is read. */
  noteRun(run: NameRun, subject: boolean): void {
    const person = this.personOf.get(run);
    if (!person) return;
    const asSubject = subject && run.position === 'subject';
    const intro = !asSubject && !this.met.has(person) && run.size >= 2 && run.endsOnRole === true && !run.inQuote;
    this.met.add(person);
    this.note(this.forPerson(person), run.block, run.first, asSubject, false, intro);
  }

  /** The words of a person's roles, singular ("officials" -> "official"), computed once. */
  private roleWordsOf(person: Person): ReadonlySet<string> {
    let words = this.roleWords.get(person);
    if (!words) {
      words = new Set(person.roles.flatMap((r) => normaliseWords(r)).map(roleWordKey));
      this.roleWords.set(person, words);
    }
    return words;
  }

  private isPersonAgent(agent: Agent): boolean {
    return agent.person !== null && isPersonLike(agent.person);
  }

  private genderOf(agent: Agent): 'm' | 'f' | null {
    return agent.gender ?? agent.person?.gender ?? null;
  }

  /** Whether a mention was read before (block, token): later names in the same sentence are not antecedents. */
  private before(s: Seen, block: number, token: number): boolean {
    return s.block < block || s.token < token;
  }

  /**
   * "he"/"she": the subject of the nearest sentence that has a compatible one. Within a sentence, the source of
   * its main attribution, else its first subject, the main clause's ("Carson turned the story on the Post, noting
   * that its Robert Costa had reported …. “…,” he said" is Carson). A person of unknown gender is compatible; one
   * of the other gender is not.
   */
  private resolvePronoun(gender: 'm' | 'f', block: number, token: number, asSource = false): Agent | null {
    const fits = (a: Agent): boolean => this.isPersonAgent(a) && (this.genderOf(a) ?? gender) === gender;
    const introduced = asSource ? this.introducedJustBefore(block, fits) : null;
    if (introduced) return introduced;
    let group: Seen[] = [];
    let groupFrame = -1;
    let fallback: Agent | null = null;
    // Who speaks in a sentence is its main subject ("Cruz electrified the crowds, Stovall said"); else the first.
    const firstSubject = (): Agent | null => {
      let best: Seen | null = null;
      for (const s of group) {
        if (!s.subject || !fits(s.agent)) continue;
        if (!best || (s.source && !best.source) || (s.source === best.source && s.token < best.token)) best = s;
      }
      return best?.agent ?? null;
    };
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      if (s.block < block - PRONOUN_WINDOW_BLOCKS) break;
      if (!this.before(s, block, token)) continue;
      if (s.frame !== groupFrame) {
        const found = firstSubject();
        if (found) return found;
        group = [];
        groupFrame = s.frame;
      }
      group.push(s);
      if (!fallback && !s.subject && fits(s.agent)) fallback = s.agent;
    }
    const found = firstSubject() ?? fallback;
    if (found) return found;
    // No certain person: a bare surname that spoke ("Rubio warned …. He noted, …") is one.
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      if (s.block < block - KNOWN_GENDER_WINDOW_BLOCKS) break;
      if (s.source && this.before(s, block, token) && s.agent.person) return s.agent;
    }
    return null;
  }

  /**
   * "… concerns Henry Crespo, president of the Florida Democratic Black Caucus. “…,” he said": the person the
   * sentence before introduced by full name and role, when they have not spoken yet, is who "he said" quotes.
   */
  private introducedJustBefore(block: number, fits: (a: Agent) => boolean): Agent | null {
    let frame = -1;
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      if (s.frame === this.frame) continue;
      if (frame === -1) frame = s.frame;
      if (s.frame !== frame || s.block < block - 1) break;
      if (s.intro && fits(s.agent) && !this.spoken.has(s.agent)) return s.agent;
    }
    return null;
  }

  private resolveGroup(block: number, wantOrganisation: boolean): Agent | null {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      if (s.block < block - GROUP_WINDOW_BLOCKS) break;
      if (s.agent.kind === 'organization' || (!wantOrganisation && s.agent.kind === 'unnamed')) return s.agent;
    }
    return null;
  }

  private recentSubjectPerson(block: number): Agent | null {
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      if (s.block < block - ROLE_FALLBACK_WINDOW_BLOCKS) break;
      if (s.subject && this.isPersonAgent(s.agent)) return s.agent;
    }
    return null;
  }

  private resolveRole(phrase: Extract<SourcePhrase, { kind: 'role' }>, block: number): Agent {
    // 1. A person already met whose role has this head (and as many of the other words as possible).
    let best: Agent | null = null;
    let bestScore = 0;
    let bestOrder = -1;
    const head = roleWordKey(phrase.head);
    const phraseWords = [...new Set(phrase.words.map(roleWordKey))];
    const checked = new Set<Person>();
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      const person = s.agent.person;
      if (!person || person.roles.length === 0 || checked.has(person)) continue;
      checked.add(person);
      const roleWords = this.roleWordsOf(person);
      if (!roleWords.has(head)) continue;
      // "the president" is not the vice president.
      if (OFFICE_CHANGERS_LIST.some((w) => roleWords.has(w) && !phraseWords.includes(w))) continue;
      const score = 1 + phraseWords.filter((w) => roleWords.has(w)).length;
      if (score > bestScore || (score === bestScore && i > bestOrder)) {
        best = s.agent;
        bestScore = score;
        bestOrder = i;
      }
    }
    if (best) return best;
    // 2. An unnamed source with the same head ("a source" … "the source").
    for (let i = this.seen.length - 1; i >= 0; i--) {
      const s = this.seen[i] as Seen;
      if (s.agent.kind === 'unnamed' && s.agent.head === phrase.head && s.agent.plural === phrase.plural) return s.agent;
    }
    // 3. "The Russian official" right after Ushakov spoke: the recent subject.
    if (!ANONYMOUS_HEADS.has(phrase.head)) {
      const recent = this.recentSubjectPerson(block);
      if (recent) return recent;
    }
    return this.create('unnamed', null, phrase.text, phrase.head, phrase.words, phrase.plural);
  }

  private resolveUnnamed(phrase: Extract<SourcePhrase, { kind: 'role' }>): Agent {
    const words = normaliseWords(phrase.text);
    if (words[0] !== 'another') {
      const key = words.join(' ');
      const same = this.agents.find((a) => a.kind === 'unnamed' && a.words.join(' ') === key);
      if (same) return same;
    }
    return this.create('unnamed', null, phrase.text, phrase.head, words, phrase.plural);
  }

  private resolveOrganisation(phrase: Extract<SourcePhrase, { kind: 'org' }>, block: number): Agent {
    const words = normaliseWords(phrase.text);
    const capitalised = /\p{Lu}/u.test(phrase.text.replace(/^the\s/iu, ''));
    for (const a of this.agents) {
      if (a.kind !== 'organization' || a.words.length === 0) continue;
      const [shorter, longer] = a.words.length <= words.length ? [a.words, words] : [words, a.words];
      if (shorter[shorter.length - 1] === longer[longer.length - 1] && shorter.every((w) => longer.includes(w))) return a;
    }
    if (!capitalised && phrase.definite && !phrase.document) {
      // "the company said": the organisation last met.
      const recent = this.resolveGroup(block, true);
      if (recent) return recent;
    }
    return this.create('organization', null, phrase.text, phrase.head, words);
  }

  /**
   * "“…,” I said": outside quotation marks "I" is the one who wrote the article, one unnamed speaker for the whole
   * article ("the author"). "We" stays unresolved: it may be the paper, a group or the author's family.
   */
  private narrator(text: string): Agent | null {
    if (text !== 'I') return null;
    this.author ??= this.create('unnamed', null, 'the author', 'author', ['author']);
    return this.author;
  }

  /** Whether the agent is the article's first-person narrator (see narrator). */
  isNarrator(agent: Agent | null): boolean {
    return agent !== null && agent === this.author;
  }

  /** The agent a source phrase at (block, token) refers to, or null for an unresolvable pronoun. */
  resolve(phrase: SourcePhrase, block: number, token: number): Agent | null {
    switch (phrase.kind) {
      case 'name': {
        const person = this.personOf.get(phrase.run);
        return person ? this.forPerson(person) : null;
      }
      case 'pronoun': {
        const agent = phrase.pronoun === 'm' || phrase.pronoun === 'f'
          ? this.resolvePronoun(phrase.pronoun, block, token, true)
          : phrase.pronoun === 'self' ? this.narrator(phrase.text)
            : phrase.pronoun === 'thing' ? this.resolveIt(block, token) : this.resolveGroup(block, false);
        if (agent && (phrase.pronoun === 'm' || phrase.pronoun === 'f')) agent.gender ??= phrase.pronoun;
        return agent;
      }
      case 'role':
        return phrase.definite ? this.resolveRole(phrase, block) : this.resolveUnnamed(phrase);
      case 'org':
        return this.resolveOrganisation(phrase, block);
      case 'place':
        return null;
    }
  }
}
