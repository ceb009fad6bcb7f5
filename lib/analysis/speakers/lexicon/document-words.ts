// Things that speak in news without being people or bodies: "the report said", "the ruling states", "the ad
// asks". A quotation from one is attributed to it, as an organisation-like source. Lowercase.

export const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  'report', 'ruling', 'book', 'article', 'letter', 'statement', 'study', 'survey', 'poll', 'piece', 'memo',
  'lawsuit', 'complaint', 'filing', 'indictment', 'document', 'analysis', 'release', 'ad', 'advert', 'advertisement',
  'video', 'tweet', 'editorial', 'column', 'opinion', 'decision', 'order', 'bill', 'resolution', 'petition',
  'website', 'site', 'blog', 'email', 'e-mail', 'message', 'post', 'headline', 'caption', 'sign', 'banner',
  'transcript', 'recording', 'audit', 'review', 'assessment', 'forecast', 'paper', 'guidance', 'policy', 'plan',
]);
