// Page furniture that extraction lets through and that is not article text: teasers for other stories
// ("ALSO READ: …"), calls to action ("Subscribe"), comment and share labels, picture credits. Such lines are
// never claims or key points (a promo line printed twice is still a repeat: see repeats/find-repeats.ts).

// Labels no sentence of an article starts with: furniture wherever they open a line.
const STRONG_LABEL =
  /^(?:also read|read (?:more|also|next|the full story)|more from|see also|must read|don'?t miss|click here|sign up|subscribe|follow us|leave a comment|all rights reserved|©)\b/i;
// Words that can also open a real sentence ("Video footage showed…"), so only furniture when the line is
// the label alone or the label and a colon, bar or dash ("Watch: …", "Related | …").
const WEAK_LABEL =
  /^(?:related(?: articles?| stories| coverage| content| news)?|recommended(?: for you)?|trending(?: now)?|watch(?: now| video| live)?|listen(?: now| live)?|videos?|photos?|gallery|live(?: updates)?|share(?: this(?: article| story)?| on \w+)?|advertisement|sponsored(?: content)?|comments?|\d+ comments?|copyright|(?:photo|image|picture|credit|source)s?)\s*(?:[:|–—-]|$)/i;
// Calls to action anywhere in a short line.
const CALL_TO_ACTION =
  /\b(?:click here|sign up for (?:our|the|a) \w+|subscribe (?:now|today|to (?:our|the))|download (?:our|the) app|follow us on|all rights reserved|newsletter)\b/i;
// Furniture lines are short; a long paragraph that mentions a newsletter is still article text.
const MAX_FURNITURE_WORDS = 25;

export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  if (STRONG_LABEL.test(t) || WEAK_LABEL.test(t)) return true;
  // Short lines only, counted first: the count stops after MAX_FURNITURE_WORDS + 1 words, where the pattern
  // would read the whole of every long paragraph.
  return t.split(/\s+/, MAX_FURNITURE_WORDS + 1).length <= MAX_FURNITURE_WORDS && CALL_TO_ACTION.test(t);
}
