// Whether two roles an article gives one person can both be true. Only offices count: a person holds one
// office of a kind at a time (Rubio cannot be "Secretary of State" and "Senator" at once), while descriptions
// ("a key aide to Putin", "Russian negotiator", "a senior diplomat") can all be true together and never disagree.
// Pure.

/** An office reduced to what comparing needs: its head ("secretary") and the words that qualify it ("state"). */
export interface RoleKey {
  head: string;
  qualifiers: string[];
}

// Titles of office; two different ones held by one person at one time is a contradiction worth marking.
const OFFICES = new Set([
  'president', 'vice president', 'prime minister', 'minister', 'deputy minister', 'premier', 'chancellor', 'secretary',
  'deputy secretary', 'assistant secretary', 'under secretary', 'secretary-general', 'senator', 'representative',
  'governor', 'mayor', 'ambassador', 'spokesperson', 'adviser', 'director', 'chair', 'ceo', 'king', 'queen', 'prince',
  'princess', 'pope', 'judge', 'justice', 'prosecutor', 'attorney general', 'commissioner', 'speaker', 'sheriff',
]);
// Spellings of one office.
const HEAD_ALIASES: Record<string, string> = {
  spokesman: 'spokesperson', spokeswoman: 'spokesperson', advisor: 'adviser', chairman: 'chair', chairwoman: 'chair',
  chairperson: 'chair', congressman: 'representative', congresswoman: 'representative', 'vice-president': 'vice president',
  'secretary general': 'secretary-general', 'chief executive': 'ceo',
};
// Words before a head that make a different office ("vice president" is not "president").
const RANKS = new Set(['vice', 'deputy', 'assistant', 'under', 'prime', 'attorney']);
// Qualifiers that do not change the office: articles, seniority, and the country or body that is obvious anyway
// ("US Secretary of State" is the Secretary of State).
const NEUTRAL = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'country', 'senior', 'top', 'key', 'longtime', 'current', 'newly',
  'us', 'u.s', 'american', 'russian', 'ukrainian', 'british', 'uk', 'french', 'german', 'chinese', 'european', 'eu',
  'israeli', 'iranian', 'indian', 'japanese', 'saudi', 'turkish', 'polish', 'canadian', 'australian', 'italian',
  'spanish', 'kremlin', 'white', 'house', 'federal', 'national',
]);
// A role that is over says nothing about the office now.
const PAST = /\b(?:former|ex|then|onetime|one-time|erstwhile|late)\b/;
// A prepositional phrase after the head describes whom the role serves ("aide to President Putin"), not the
// role; "of"/"for" stay, they complete titles ("Secretary of State", "Minister for Health").
const TAIL = /\s+(?:to|at|with|from|in|on|under|who|which|since)\s.*$/u;

export function roleKey(role: string): RoleKey | null {
  const text = role
    .normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase()
    .replace(/[’']s\b/gu, '').replace(/,.*$/u, '').replace(TAIL, '').trim();
  if (PAST.test(text)) return null;
  const [before, after = ''] = text.split(/\s+(?:of|for)\s+/u, 2);
  const words = before!.split(/\s+/u).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const word = HEAD_ALIASES[words[i]!] ?? words[i]!;
    const ranked = i > 0 && RANKS.has(words[i - 1]!) ? `${words[i - 1]} ${word}` : word;
    const head = HEAD_ALIASES[ranked] ?? ranked;
    if (!OFFICES.has(head)) continue;
    const qualifiers = [...words.slice(0, head === ranked && ranked !== word ? i - 1 : i), ...after.split(/\s+/u)]
      .filter((w) => w && !NEUTRAL.has(w) && !RANKS.has(w));
    return { head, qualifiers: [...new Set(qualifiers)] };
  }
  return null;
}

/** Two offices that one person cannot hold at once: different heads, or one head qualified two different ways. */
export function rolesDisagree(a: RoleKey, b: RoleKey): boolean {
  if (a.head !== b.head) return true;
  if (!a.qualifiers.length || !b.qualifiers.length) return false;
  const inB = a.qualifiers.every((q) => b.qualifiers.includes(q));
  const inA = b.qualifiers.every((q) => a.qualifiers.includes(q));
  return !inA && !inB;
}
