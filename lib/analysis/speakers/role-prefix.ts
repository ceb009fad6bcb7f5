// The role written before a name: "Russian Foreign Minister" in "Russian Foreign Minister Sergey Lavrov",
// "US national security adviser" in "US national security adviser Mike Waltz", "Stein spokeswoman" in
// "Stein spokeswoman Melezia Figueroa". Read backwards from the name over role words, capitalised words and
// possessives; a prefix without a role noun ("Kremlin") is not a role.

import { GENDERED_ROLES, ROLE_MODIFIERS, roleNoun } from './lexicon/role-words';
import { NON_NAME_WORDS } from './lexicon/function-words';
import { TITLE_ABBREVIATIONS } from './lexicon/honorifics';
import type { Token } from './tokenize-block';

export interface RolePrefix {
  text: string;
  gender: 'm' | 'f' | null;
}

/**
 * The role before a name. `runStart` is the first token of the capitalised run, `nameStart` the first token of
 * the name inside it: the run's own title words come first, then lowercase role words before the run.
 */
export function rolePrefix(text: string, tokens: readonly Token[], runStart: number, nameStart: number): RolePrefix | null {
  let first = nameStart;
  if (nameStart > runStart) first = runStart;
  let k = first - 1;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.inQuote !== (tokens[nameStart] as Token).inQuote) break;
    if (t.kind === 'poss') {
      k--;
      continue;
    }
    if (t.kind !== 'word') break;
    const lower = t.lower;
    const fits = roleNoun(lower) !== null || ROLE_MODIFIERS.has(lower) || t.acronym
      || (t.cap && !NON_NAME_WORDS.has(lower)) || TITLE_ABBREVIATIONS.has(lower);
    if (!fits) break;
    k--;
  }
  first = k + 1;
  // The role must end in a role word next to the name (or be the run's own title words).
  if (first >= nameStart) return null;
  const words = tokens.slice(first, nameStart).filter((t) => t.kind === 'word');
  if (!words.some((t) => roleNoun(t.lower) !== null || TITLE_ABBREVIATIONS.has(t.lower))) return null;
  // Trim leading words that are not part of the role (a possessive's owner stays: "Russia’s President").
  const startTok = tokens[first] as Token;
  const endTok = tokens[nameStart - 1] as Token;
  const role = text.slice(startTok.start, endTok.end);
  let gender: 'm' | 'f' | null = null;
  for (const w of words) gender ??= GENDERED_ROLES.get(w.lower) ?? null;
  return { text: role, gender };
}
