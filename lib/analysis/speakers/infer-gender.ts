// Guesses whether a person is "he" or "she" from the article itself: in a sentence whose subject is the
// person, the pronouns that follow mostly point back to them ("Clinton said she …", "Fowler, who …, said his …").
// Only people with no honorific or gendered role get a guess, and only from a clear majority.

import type { BlockContext } from './block-context';
import type { NameRun } from './find-name-runs';
import type { Person } from './person-registry';
import type { Token } from './tokenize-block';

// "him" and an object "her" ("Obama backed her up") point at someone else more often than at the subject; "he",
// "his", "she" and a possessive "her" ("Clinton said her plan …") mostly at the subject.
const MALE: ReadonlySet<string> = new Set(['he', 'his', 'himself']);
const FEMALE: ReadonlySet<string> = new Set(['she', 'hers', 'herself']);

/** Words after "her" that make it an object, not a possessive: particles, prepositions, clause words. */
const AFTER_OBJECT_HER: ReadonlySet<string> = new Set([
  'up', 'out', 'off', 'down', 'back', 'over', 'away', 'in', 'on', 'to', 'for', 'with', 'at', 'as', 'about', 'from',
  'that', 'and', 'or', 'but', 'if', 'when', 'because', 'a', 'an', 'the', 'not', 'again', 'too', 'into', 'by',
]);

/** Whether the "her" at token k is a possessive ("her plan"), read from the word after it. */
function possessiveHer(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  return next !== undefined && next.kind === 'word' && !next.inQuote && !AFTER_OBJECT_HER.has(next.lower);
}

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
        else if (FEMALE.has(t.lower) || (t.lower === 'her' && possessiveHer(ctx.tokens, k))) v.f++;
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
