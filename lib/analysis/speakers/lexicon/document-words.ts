// Things that speak in news without being people or bodies: "the report said", "the ruling states", "the ad
// asks". A quotation from one is attributed to it, as an organisation-like source. Lowercase.

export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  'report', 'ruling', 'book', 'article', 'letter', 'statement', 'study', 'survey', 'poll', 'piece', 'memo',
  'lawsuit', 'complaint', 'filing', 'indictment', 'document', 'analysis', 'release', 'ad', 'advert', 'advertisement',
  'video', 'tweet', 'editorial', 'column', 'opinion', 'decision', 'order', 'bill', 'resolution', 'petition',
  'website', 'site', 'blog', 'email', 'e-mail', 'message', 'post', 'headline', 'caption', 'sign', 'banner',
  'transcript', 'recording', 'audit', 'review', 'assessment', 'forecast', 'paper', 'guidance', 'policy', 'plan',
  // Notes, court papers and campaign literature quoted in news ("the note says", "the suit reads").
  'note', 'footnote', 'suit', 'affidavit', 'mailer', 'flyer', 'brochure', 'pamphlet', 'leaflet', 'placard',
]);

/** Works whose title may follow them, capitalised like a name: "her 2003 book, Living History, …", "the film
 * Selma". A name run right after one is the title, not a person. Lowercase. */
export const WORK_WORDS: ReadonlySet<string> = new Set([
  'book', 'books', 'memoir', 'memoirs', 'novel', 'autobiography', 'biography', 'bestseller', 'best-seller', 'film',
  'movie', 'documentary', 'album', 'song', 'single', 'show', 'series', 'play', 'musical', 'poem', 'essay', 'op-ed',
  'column', 'article', 'podcast', 'episode', 'programme', 'program', 'painting',
]);
