// Closed-class English words the attribution rules step over or stop at. Lowercase.

/** Determiners that open a noun phrase; "the" makes a role phrase point back ("the minister"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'one', 'two', 'three', 'four', 'several', 'some',
  'many', 'most', 'other', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'no', 'any', 'each', 'both', 'all',
  'few', 'multiple', 'numerous', 'various',
]);

/** Determiners that refer back to someone already in the story. */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their']);

/** Prepositions: a name right after one is an object ("a key aide to Putin"), never the speaker. */
export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'of', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'about', 'against', 'between', 'among',
  'amid', 'into', 'onto', 'upon', 'over', 'under', 'through', 'during', 'including', 'like', 'unlike', 'toward',
  'towards', 'across', 'behind', 'beyond', 'near', 'around', 'after', 'before', 'since', 'until', 'via', 'per',
  'than', 'despite', 'within', 'alongside', 'beside', 'besides', 'except', 'regarding', 'concerning',
  'following', 'outside', 'inside', 'along', 'throughout', 'beneath', 'atop', 'amongst',
]);

/** Verbs whose next noun phrase is their object: a name there is the one spoken to or about, not the speaker. */
export const OBJECT_VERBS: ReadonlySet<string> = new Set([
  'led', 'named', 'accompanied', 'joined', 'met', 'meet', 'meets', 'meeting', 'saw', 'visit', 'visited', 'told',
  'tells', 'asked', 'urged', 'called', 'thanked', 'criticised', 'criticized', 'attacked', 'blamed', 'praised',
  'defeated', 'beat', 'interviewed', 'appointed', 'nominated', 'endorsed', 'replaced', 'succeeded', 'fired',
  'accusing', 'accused', 'attacking', 'criticizing', 'criticising', 'praising', 'thanking', 'defending', 'defended',
  'mocking', 'mocked', 'slammed', 'slamming', 'blasted', 'blasting', 'quoted', 'quoting', 'citing', 'cited',
  'naming', 'telling', 'asking', 'urging', 'calling', 'featuring', 'including', 'against', 'versus', 'vs.',
  'introduced', 'introducing', 'hired', 'hiring', 'supported', 'supporting', 'opposed', 'opposing', 'sued', 'suing',
]);

/** Words that end the subject noun phrase when reading backwards from a cue: clause and list joints. */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'where', 'because', 'although', 'though', 'if',
  'unless', 'since', 'as', 'and', 'but', 'or', 'so', 'yet', 'nor', 'than', 'until', 'whether', 'after', 'before',
  'whereas', 'once', 'then',
]);

/** Auxiliaries and modals: skipped between a subject and its cue ("has said"), and a sign of a finite clause. */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'will', 'would', 'can', 'could', 'should', 'shall',
  'may', 'might', 'must', 'has', 'have', 'had', 'does', 'do', 'did', "'s", '’s', "'re", '’re', "'ll", '’ll',
  "'d", '’d', "won't", 'won’t', "can't", 'can’t', "isn't", 'isn’t', "wasn't", 'wasn’t', "don't", 'don’t',
  "doesn't", 'doesn’t', "didn't", 'didn’t', "wouldn't", 'wouldn’t', "couldn't", 'couldn’t', "hasn't", 'hasn’t',
  "haven't", 'haven’t', "hadn't", 'hadn’t', "aren't", 'aren’t', "weren't", 'weren’t', "shouldn't", 'shouldn’t',
]);

/** Forms of "be": a cue after one is passive ("was told"), so its subject is not the speaker. */
export const BE_FORMS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am']);

/** Adverbs and particles that sit between a subject and its cue ("Rubio also noted", "He further stated"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set([
  'also', 'further', 'later', 'then', 'again', 'once', 'previously', 'recently', 'repeatedly', 'separately',
  'earlier', 'subsequently', 'similarly', 'likewise', 'still', 'never', 'not', 'always', 'often', 'first',
  'initially', 'finally', 'reportedly', 'allegedly', 'has', 'have', 'had', 'would', 'will', 'did', 'does', 'do',
  'could', 'can', 'may', 'might', 'should', 'must', 'to', 'on', 'went', 'go', 'goes', 'going', 'just', 'even',
  'long', 'since', 'already', 'now', 'privately', 'publicly', 'openly', 'herself', 'himself', 'themselves',
  'yesterday', 'today', 'tonight', 'however', 'too', 'both', 'all', 'had', 'once', 'continued', 'continues',
]);

/**
 * Capitalised words that start sentences without being names. Read as lowercase; names never need them.
 * Sentence-initial words ending in -ly or -ing are also skipped (see findNameRuns), so this list stays short.
 */
export const NON_NAME_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'to',
  'of', 'as', 'after', 'before', 'during', 'since', 'until', 'while', 'when', 'where', 'why', 'how', 'what', 'who',
  'which', 'whose', 'if', 'but', 'and', 'or', 'so', 'yet', 'nor', 'however', 'meanwhile', 'moreover', 'furthermore',
  'still', 'also', 'even', 'instead', 'indeed', 'although', 'though', 'because', 'despite', 'both', 'neither',
  'either', 'each', 'every', 'all', 'some', 'many', 'most', 'several', 'few', 'no', 'not', 'it', 'its', 'he', 'she',
  'they', 'we', 'i', 'you', 'his', 'her', 'their', 'our', 'my', 'your', 'there', 'here', 'then', 'now', 'today',
  'yesterday', 'tomorrow', 'last', 'next', 'first', 'second', 'third', 'finally', 'later', 'earlier', 'once', 'just',
  'only', 'other', 'another', 'such', 'more', 'less', 'much', 'any', 'according', 'asked', 'under', 'over', 'among',
  'amid', 'between', 'through', 'against', 'about', 'into', 'onto', 'upon', 'within', 'across', 'around', 'behind',
  'beyond', 'near', 'off', 'out', 'up', 'down', 'above', 'below', 'is', 'are', 'was', 'were', 'be', 'been', 'will',
  'would', 'can', 'could', 'should', 'shall', 'might', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'yes',
  'oh', 'please', 'thank', 'thanks', 'dear', 'read', 'see', 'watch', 'click', 'related', 'update', 'updated',
  'breaking', 'exclusive', 'advertisement', 'comments', 'share', 'like', 'unlike', 'per', 'via', 'thus', 'hence',
  'otherwise', 'besides', 'overall', 'nonetheless', 'nevertheless', 'rather', 'perhaps', 'maybe', 'again', 'too',
  'whether', 'unless', 'whereas', 'let', 'here’s', "here's", 'there’s', "there's", 'it’s', "it's", 'that’s',
  "that's", 'what’s', "what's", 'we’re', "we're", 'i’m', "i'm", 'don’t', "don't", 'photo', 'video', 'source',
  'sources', 'why', 'far', 'already', 'never', 'always', 'often', 'sometimes', 'almost', 'about', 'around', 'nearly',
  'former', 'key', 'top', 'senior', 'chief', 'officials',
  // Prepositions and adverbs that open sentences in PolNeAR train before a name ("Outside Carrier’s plant, …",
  // "Along with her husband, …"): kept out of the name run that follows.
  'outside', 'inside', 'along', 'alongside', 'toward', 'towards', 'beneath', 'throughout', 'ever', 'together',
  'back', 'soon', 'whenever', 'wherever', 'whatever', 'whoever',
]);
