// Pronouns that can be the subject of a reporting verb ("he said", "She noted"), with what they can refer to.

export type PronounKind = 'm' | 'f' | 'plural' | 'thing' | 'self';

/** Subject pronouns: "he"/"she" point back to a person, "they"/"it" to a group or organisation. */
export const SUBJECT_PRONOUNS: ReadonlyMap<string, PronounKind> = new Map([
  ['he', 'm'], ['she', 'f'], ['they', 'plural'], ['it', 'thing'], ['i', 'self'], ['we', 'self'],
] as const);

/** Object and possessive pronouns: a referring word, but never the subject of a cue. */
export const OTHER_PRONOUNS: ReadonlySet<string> = new Set([
  'him', 'his', 'her', 'hers', 'them', 'their', 'its', 'me', 'my', 'us', 'our', 'you', 'your', 'himself', 'herself',
]);
