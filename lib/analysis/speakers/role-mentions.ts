// Role phrases that point back to a quoted person outside attributions ("the minister arrived", "the
// spokeswoman"): painted as mentions of that person. Conservative on purpose: every word of the phrase must
// appear in one of the person's roles, and the person must have been named earlier in the article.

import type { Agent, Place } from './agent-book';
import type { BlockContext } from './block-context';
import { roleNoun, roleWordKey, ROLE_MODIFIERS } from './lexicon/role-words';
import type { Token } from './tokenize-block';

/** Longest role phrase read after "the" ("the Russian Foreign Minister"). */
const MAX_ROLE_PHRASE_WORDS = 5;

function roleWords(agent: Agent): Set<string>[] {
  return (agent.person?.roles ?? []).map((r) => new Set(r.toLowerCase().split(/[\s’']+/u).map(roleWordKey)));
}

function lastPlaceBefore(agent: Agent, block: number, start: number): Place | null {
  let best: Place | null = null;
  const places: Place[] = [...agent.places, ...(agent.person?.runs ?? []).map((r) => ({ block: r.block, start: r.start, end: r.endChar }))];
  for (const p of places) {
    if (p.block > block || (p.block === block && p.start >= start)) continue;
    if (!best || p.block > best.block || (p.block === best.block && p.start > best.start)) best = p;
  }
  return best;
}

/** Adds role-phrase places (and forms) to the quoted people they refer to. */
export function addRoleMentions(contexts: readonly BlockContext[], quoted: ReadonlySet<Agent>): void {
  const people = [...quoted].filter((a) => a.person && a.person.roles.length > 0).map((agent) => ({ agent, roles: roleWords(agent) }));
  if (people.length === 0) return;
  for (const ctx of contexts) {
    const { tokens } = ctx;
    for (let i = 0; i < tokens.length; i++) {
      const the = tokens[i] as Token;
      if (the.lower !== 'the' || the.inQuote) continue;
      // the (modifiers or capitalised words)* role-noun — and not the title of a name that follows.
      let k = i + 1;
      const words: string[] = [];
      let head = -1;
      while (k < tokens.length && k <= i + MAX_ROLE_PHRASE_WORDS) {
        const t = tokens[k] as Token;
        if (t.kind !== 'word') break;
        words.push(roleWordKey(t.lower));
        if (roleNoun(t.lower) !== null) head = k;
        else if (head >= 0 || !(t.cap || ROLE_MODIFIERS.has(t.lower))) break;
        k++;
      }
      if (head < 0 || ctx.runAt.has(head + 1)) continue;
      const phraseWords = words.slice(0, head - i);
      const headTok = tokens[head] as Token;
      const candidates = people.filter((p) => p.roles.some((r) => phraseWords.every((w) => r.has(w))));
      let best: { agent: Agent; at: Place } | null = null;
      for (const c of candidates) {
        const at = lastPlaceBefore(c.agent, ctx.block, the.start);
        if (at && (!best || at.block > best.at.block || (at.block === best.at.block && at.start > best.at.start))) best = { agent: c.agent, at };
      }
      if (!best) continue;
      const place = { block: ctx.block, start: the.start, end: headTok.end };
      if (best.agent.places.some((p) => p.block === place.block && p.start === place.start)) continue;
      best.agent.places.push(place);
      const form = ctx.text.slice(place.start, place.end);
      if (!best.agent.forms.includes(form)) best.agent.forms.push(form);
      i = head;
    }
  }
}
