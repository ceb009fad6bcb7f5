// Guesses whether a person is "he" or "she" from the article itself: in a sentence whose subject is the
// person, the pronouns that follow mostly point back to them ("Clinton said she …", "Fowler, who …, said his …").
// Only people with no honorific or gendered role get a guess, and only from a clear majority.

import type { BlockContext } from './block-context';
import type { NameRun } from './find-name-runs';
import type { Person } from './person-registry';
import type { Token } from './tokenize-block';

const MALE: ReadonlySet<string> = new Set(['he', 'him', 'his', 'himself']);
const FEMALE: ReadonlySet<string> = new Set(['she', 'her', 'hers', 'herself']);

/** Sets person.gender where the pronouns after the person's subject mentions agree clearly enough. */
export function inferGender(contexts: readonly BlockContext[], personOf: ReadonlyMap<NameRun, Person>): void {
  const votes = new Map<Person, { m: number; f: number }>();
  for (const ctx of contexts) {
    for (let f = 0; f < ctx.frames.length; f++) {
      const frame = ctx.frames[f] as (typeof ctx.frames)[number];
      const subject = (ctx.frameRuns[f] ?? []).find((r) => !r.inQuote && r.position === 'subject');
      const person = subject ? personOf.get(subject) : undefined;
      if (!subject || !person || person.gender !== null) continue;
      const v = votes.get(person) ?? { m: 0, f: 0 };
      for (let k = subject.end; k < frame.endToken; k++) {
        const t = ctx.tokens[k] as Token;
        if (t.inQuote || t.kind !== 'word') continue;
        // Another name takes over the sentence: its pronouns are its own.
        if (ctx.runAt.has(k)) break;
        if (MALE.has(t.lower)) v.m++;
        else if (FEMALE.has(t.lower)) v.f++;
      }
      votes.set(person, v);
    }
  }
  for (const [person, { m, f }] of votes) {
    // A clear majority: at least one vote and more than twice the other side.
    const gender = m > 2 * f ? 'm' : f > 2 * m ? 'f' : null;
    if (gender) {
      person.gender = gender;
      person.genderInferred = true;
    }
  }
}
