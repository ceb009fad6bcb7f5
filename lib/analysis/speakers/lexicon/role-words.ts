// Role words: what a person is in the story. They split "Russian Foreign Minister Sergey Lavrov" into a role and
// a name, turn "a senior Russian diplomat, Kirill Dmitriev," into a role, and let "the minister" point back to
// the person who holds that role. Lowercase, singular.

/** Nouns that name a person by office, trade or relation: the head of a role phrase. */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'president', 'vice-president', 'minister', 'premier', 'chancellor', 'secretary', 'secretary-general', 'senator',
  'representative', 'congressman', 'congresswoman', 'congressmember', 'lawmaker', 'legislator', 'politician',
  'governor', 'mayor', 'councillor', 'councilor', 'councilman', 'councilwoman', 'ambassador', 'envoy', 'diplomat',
  'negotiator', 'official', 'officer', 'spokesperson', 'spokesman', 'spokeswoman', 'aide', 'adviser', 'advisor',
  'counsel', 'counselor', 'counsellor', 'director', 'director-general', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'chief', 'head', 'leader', 'commander', 'general', 'admiral', 'colonel', 'captain', 'lieutenant',
  'sergeant', 'commissioner', 'king', 'queen', 'prince', 'princess', 'monarch', 'pope', 'cardinal', 'bishop',
  'archbishop', 'rabbi', 'imam', 'pastor', 'priest', 'judge', 'justice', 'prosecutor', 'attorney', 'lawyer',
  'solicitor', 'barrister', 'sheriff', 'detective', 'inspector', 'investigator', 'analyst', 'economist', 'expert',
  'researcher', 'scientist', 'professor', 'lecturer', 'scholar', 'academic', 'fellow', 'historian', 'strategist',
  'consultant', 'pollster', 'operative', 'staffer', 'manager', 'executive', 'ceo', 'founder', 'co-founder', 'owner',
  'partner', 'candidate', 'nominee', 'challenger', 'incumbent', 'democrat', 'republican', 'activist', 'campaigner',
  'organizer', 'organiser', 'advocate', 'critic', 'supporter', 'journalist', 'reporter', 'correspondent', 'editor',
  'columnist', 'writer', 'author', 'commentator', 'host', 'anchor', 'presenter', 'producer', 'doctor', 'physician',
  'surgeon', 'nurse', 'teacher', 'student', 'resident', 'worker', 'employee', 'member', 'delegate', 'mediator',
  'observer', 'witness', 'victim', 'survivor', 'father', 'mother', 'wife', 'husband', 'son', 'daughter', 'brother',
  'sister', 'neighbour', 'neighbor', 'friend', 'colleague', 'source', 'person', 'man', 'woman', 'driver', 'farmer',
  'coach', 'player', 'actor', 'actress', 'singer', 'businessman', 'businesswoman', 'entrepreneur', 'investor',
  'banker', 'tycoon', 'billionaire', 'magnate', 'ally', 'rival', 'opponent', 'veteran', 'agent', 'administrator',
  'coordinator', 'speaker', 'whip', 'insider', 'confidant', 'deputy', 'attaché', 'emissary', 'lady', 'niece',
  'nephew', 'aunt', 'uncle', 'grandmother', 'grandfather', 'girlfriend', 'boyfriend', 'widow', 'surrogate',
  'narrator', 'announcer', 'moderator', 'panelist', 'voter', 'protester', 'officer', 'trooper', 'governor-elect',
  // Local offices and trades seen before names in PolNeAR train ("Chicago Alderman Jason C. Ervin", "Maricopa
  // County Recorder Helen Purcell"): without them the title and name make one run too long to be a name. Words
  // that are also common surnames (Dean, Marshal) are left out: "Howard Dean" would lose his name.
  'alderman', 'alderwoman', 'assemblyman', 'assemblywoman', 'assemblymember', 'recorder', 'clerk', 'treasurer',
  'comptroller', 'auditor', 'coroner', 'magistrate', 'selectman', 'supervisor', 'superintendent',
  'trustee', 'provost', 'chaplain', 'lobbyist', 'pundit', 'blogger', 'publicist', 'comedian', 'filmmaker',
  'novelist', 'poet', 'rapper', 'musician', 'photographer', 'sociologist', 'psychologist', 'psychiatrist',
  'demographer', 'epidemiologist', 'physicist', 'evangelist',
  // People in a crowd or online, who chant and post ("the attendees chanted", "one commenter wrote").
  'attendee', 'marcher', 'spectator', 'demonstrator', 'participant', 'commenter', 'user', 'respondent', 'child',
  'onlooker', 'bystander', 'heckler', 'caller', 'viewer', 'follower',
]);

/** Words that sit inside a role phrase before its head ("national security adviser", "senior policy fellow"). */
export const ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'former', 'acting', 'senior', 'junior', 'top', 'chief', 'deputy', 'assistant', 'associate', 'executive', 'general',
  'national', 'security', 'foreign', 'policy', 'press', 'campaign', 'state', 'federal', 'local', 'regional',
  'international', 'defence', 'defense', 'health', 'finance', 'interior', 'justice', 'economic', 'trade', 'energy',
  'military', 'intelligence', 'political', 'communications', 'public', 'affairs', 'legal', 'special', 'vice',
  'prime', 'first', 'lead', 'principal', 'managing', 'presidential', 'government', 'administration', 'party',
  'police', 'high-ranking', 'ranking', 'longtime', 'long-time', 'veteran', 'key', 'close', 'retired', 'outgoing',
  'incoming', 'interim', 'current', 'research', 'medical', 'science', 'tax', 'climate', 'labour', 'labor',
  'environmental', 'education', 'transport', 'housing', 'treasury', 'budget', 'immigration', 'border', 'civil',
  'human', 'rights', 'criminal', 'homeland', 'defence-policy', 'foreign-policy', 'white', 'house', 'cabinet',
  'kremlin', 'ministry', 'department', 'union', 'company', 'family', 'business', 'world', 'chief-of-staff', 'staff',
  'county', 'city', 'district', 'state-run', 'ex', 'co', 'elected', 'newly', 'unnamed', 'anonymous', 'western',
  'democratic', 'republican', 'conservative', 'liberal', 'progressive', 'independent', 'congressional', 'senate',
  'legislative', 'judicial', 'executive', 'economics', 'history', 'law', 'political-science', 'finance-ministry',
  'several', 'familiar',
]);

/** Words that complete a title after "of"/"for" ("Secretary of State", "Minister for Health"). */
export const ROLE_COMPLEMENTS: ReadonlySet<string> = new Set([
  'state', 'defense', 'defence', 'homeland', 'security', 'health', 'justice', 'treasury', 'foreign', 'affairs',
  'staff', 'commerce', 'energy', 'labor', 'labour', 'interior', 'education', 'transportation', 'transport',
  'agriculture', 'veterans', 'housing', 'finance', 'trade', 'economy', 'the', 'exchequer', 'commons', 'war',
  'home', 'office', 'culture', 'environment', 'industry', 'development', 'national', 'intelligence', 'police',
  'communications', 'and', 'human', 'services', 'urban', 'immigration', 'internal', 'external', 'europe',
]);

/** Role nouns that say whether the holder is a man or a woman, for "he"/"she". */
export const GENDERED_ROLES: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['spokeswoman', 'f'], ['chairwoman', 'f'], ['congresswoman', 'f'], ['councilwoman', 'f'], ['businesswoman', 'f'],
  ['wife', 'f'], ['mother', 'f'], ['daughter', 'f'], ['sister', 'f'], ['actress', 'f'], ['queen', 'f'],
  ['princess', 'f'], ['woman', 'f'], ['grandmother', 'f'], ['widow', 'f'], ['lady', 'f'], ['girl', 'f'],
  ['niece', 'f'], ['aunt', 'f'], ['granddaughter', 'f'], ['girlfriend', 'f'], ['madam', 'f'],
  ['spokesman', 'm'], ['chairman', 'm'], ['congressman', 'm'], ['councilman', 'm'], ['businessman', 'm'],
  ['husband', 'm'], ['father', 'm'], ['son', 'm'], ['brother', 'm'], ['actor', 'm'], ['king', 'm'], ['prince', 'm'],
  ['man', 'm'], ['grandfather', 'm'], ['widower', 'm'], ['pope', 'm'], ['rabbi', 'm'], ['priest', 'm'], ['boy', 'm'],
  ['nephew', 'm'], ['uncle', 'm'], ['grandson', 'm'], ['boyfriend', 'm'],
] as const);

/** Heads of phrases that name a source without naming a person ("a source", "people familiar with the talks"). */
export const UNNAMED_HEADS: ReadonlySet<string> = new Set([
  'source', 'person', 'official', 'insider', 'aide', 'diplomat', 'expert', 'analyst', 'critic', 'supporter',
  'member', 'officer', 'staffer', 'witness', 'resident', 'observer', 'employee', 'worker',
]);

/** Plural role nouns that do not follow the -s rule. */
const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['people', 'person'], ['men', 'man'], ['women', 'woman'], ['spokespeople', 'spokesperson'],
  ['spokesmen', 'spokesman'], ['spokeswomen', 'spokeswoman'], ['chairmen', 'chairman'],
  ['congressmen', 'congressman'], ['congresswomen', 'congresswoman'], ['businessmen', 'businessman'],
  ['businesswomen', 'businesswoman'], ['wives', 'wife'], ['attorneys-general', 'attorney'], ['children', 'child'],
]);

/** Answers already worked out, per word; bounded so a huge input cannot grow it without end. */
const roleNounCache = new Map<string, string | null>();
const ROLE_NOUN_CACHE_LIMIT = 20000;

/** The singular role noun a lowercase word stands for, or null ("officials" -> "official"). */
export function roleNoun(lower: string): string | null {
  const cached = roleNounCache.get(lower);
  if (cached !== undefined) return cached;
  const noun = findRoleNoun(lower);
  if (roleNounCache.size < ROLE_NOUN_CACHE_LIMIT) roleNounCache.set(lower, noun);
  return noun;
}

function findRoleNoun(lower: string): string | null {
  if (ROLE_NOUNS.has(lower)) return lower;
  const irregular = IRREGULAR_PLURALS.get(lower);
  if (irregular) return irregular;
  if (lower.endsWith('ies') && ROLE_NOUNS.has(lower.slice(0, -3) + 'y')) return lower.slice(0, -3) + 'y';
  if (lower.endsWith('es') && ROLE_NOUNS.has(lower.slice(0, -2))) return lower.slice(0, -2);
  if (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1))) return lower.slice(0, -1);
  return null;
}

/** True when the word is a plural role noun ("sources", "officials", "people"). */
export function isPluralRole(lower: string): boolean {
  const noun = roleNoun(lower);
  return noun !== null && noun !== lower;
}

/** Abbreviated titles and the office they stand for, so "the governor" finds "Gov. Chris Christie". */
const TITLE_EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ['gov', 'governor'], ['sen', 'senator'], ['sens', 'senator'], ['rep', 'representative'], ['reps', 'representative'],
  ['pres', 'president'], ['gen', 'general'], ['lt', 'lieutenant'], ['col', 'colonel'], ['maj', 'major'],
  ['capt', 'captain'], ['sgt', 'sergeant'], ['adm', 'admiral'], ['cmdr', 'commander'], ['atty', 'attorney'],
  ['amb', 'ambassador'], ['supt', 'superintendent'], ['insp', 'inspector'], ['det', 'detective'], ['prof', 'professor'],
  ['dr', 'doctor'], ['sec', 'secretary'], ['del', 'delegate'], ['rev', 'reverend'],
]);

/** Words of an office that make it another office than its head alone: a vice president is not "the president". */
export const OFFICE_CHANGERS: ReadonlySet<string> = new Set(['vice', 'deputy', 'assistant', 'lieutenant', 'under', 'associate']);

/** A role word as the office it names: lowercase, singular, abbreviations spelt out ("Gov." -> "governor"). */
export function roleWordKey(word: string): string {
  const bare = word.toLowerCase().replace(/\.$/u, '');
  return TITLE_EXPANSIONS.get(bare) ?? bare.replace(/s$/u, '');
}
