// The words and shapes that make a sentence checkable (a number, a date, a decision, a source) or not
// (an opinion, a forecast, a feeling). Each pattern is English news and debate vocabulary, not a list of
// any one article's words.

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTH_ABBR = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const NUMBER_WORDS =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion';

// Calendar dates: "February 18", "18 February 2025", "Jan. 5", "Tuesday", "in 1994", "the 1990s". Names are
// case-sensitive so "march" and "may" (verbs) are not months; "May" alone is a modal verb too often, so it
// needs a day.
export const DATE_NAME = new RegExp(
  `\\b(?:(?:${MONTHS.replace('May|', '')})\\b|May\\s+\\d|(?:${MONTH_ABBR})\\.?\\s+\\d|(?:${WEEKDAYS})s?\\b|(?:1[6-9]|20)\\d\\d(?:s|'s)?\\b)`,
  'g',
);
// Relative dates: "yesterday", "last week", "earlier this month", "three years ago".
export const DATE_RELATIVE = new RegExp(
  `\\b(?:yesterday|(?:last|earlier this|later this|this|next)\\s+(?:week|month|year|weekend|decade|century|spring|summer|autumn|fall|winter)|` +
    `(?:\\d+|a|${NUMBER_WORDS})\\s+(?:days?|weeks?|months?|years?|decades?)\\s+ago)\\b`,
  'gi',
);

// Counts and amounts: any number (dates are removed first, so "in 2008" is a date, not a count), number
// words, "dozens of", "two-thirds".
export const NUMBER = /\d/;
export const NUMBER_WORD = new RegExp(
  `\\b(?:${NUMBER_WORDS}|dozens?|scores of|half|twice|double[ds]?|triple[ds]?|(?:a|one|two)[- ](?:third|quarter|fifth)s?|majority|minority)\\b`,
  'i',
);
// Words that name a measurable quantity without giving it: "staffing levels", "the number of", "the rate".
export const QUANTITY_NOUN =
  /(?<![\w-])(?:levels?|numbers? of|rates?|amounts? of|proportion|share of|totals?|average|majority of|percentage)\b/i;
// A zero count is a count: "no Ukrainian officials were present", "none of the", "not a single".
export const ZERO_COUNT = /\b(?:no\s+(?!longer\b|doubt\b|matter\b|one\b|way\b)(?:[\p{L}-]+\s+)?[\p{L}-]+s\b|none\s+of|not\s+a\s+single|nobody|zero)\b/iu;

// Shares: "20 per cent", "5%", "three percentage points".
export const PERCENTAGE = /\d\s*(?:%|per\s?cent\b|percent\b|pc\b)|\b(?:per\s?cent(?:age)?|percent(?:age)?)\b/i;

// Sums of money: a currency sign or code next to a number, or a number followed by a currency name.
export const MONEY_AMOUNT =
  /[$€£¥₹]\s?\d|\b(?:usd|eur|gbp|us\$)\s?\d|\b\d[\d,.]*\s*(?:(?:thousand|million|billion|trillion|m|bn|k)\s+)?(?:dollars?|euros?|pounds? sterling|yen|yuan|renminbi|rubles?|roubles?|rupees?|francs?|pesos?|cents?)\b/i;
// Money talk without a sum: budgets, taxes and prices are what debates and economy stories argue over.
export const MONEY_TOPIC =
  /\b(?:budgets?|deficits?|debts?|tax(?:es|ed)?|tariffs?|revenues?|profits?|wages?|salar(?:y|ies)|gdp|spending|funding|subsid(?:y|ies)|prices?|costs?|premiums?|pensions?|loans?|inflation)\b/i;

// Comparisons and rankings: "more than", "compared with", "the deadliest … since", "rose", "doubled".
export const COMPARISON_STRONG = new RegExp(
  String.raw`\b(?:(?:more|less|fewer|greater|higher|lower|larger|smaller|bigger|faster|slower|longer|shorter|older|younger)\s+(?:[\w-]+\s+){0,2}than|(?:twice|three times|four times|\w+ times)\s+(?:as|more|less|the)|compared\s+(?:with|to)|(?:more than|fewer than|less than|over|under|at least|nearly|almost|up to)\s+(?:\d|${NUMBER_WORDS})|record\s+(?:high|low|number)|all-time\s+(?:high|low)|(?:the|its|their|his|her|our)\s+(?:first|last|only|largest|biggest|highest|lowest|smallest|deadliest|worst|best|most|least|fastest|slowest|longest|shortest|oldest|youngest|richest|poorest|strongest|weakest))\b`,
  'i',
);
// A change in a quantity is a comparison with an earlier value.
export const CHANGE =
  /\b(?:increased?|increases|increasing|decreased?|decreases|rose|risen|rises|fell|fallen|dropped|doubled|tripled|halved|grew|grown|declined?|declines|reduced|reduces|cut|cuts|surged?|soared|plunged|plummeted|jumped|climbed|slumped|shrank|shrunk|expanded|gone up|went up|gone down|went down|lost|gained|created|added)\b/i;

// Decisions and official acts: what institutions did, which a record can confirm or refute.
export const DECISION =
  /\b(?:agreed|agrees|agreement|announced|announces|approved|approves|decided|decides|decision|voted|votes|signed|passed|banned|bans|(?:rule[sd]?|ruling)\s+out|ruled|rejected|rejects|vetoed|launched|imposed|imposes|lifted|appointed|elected|concluded|ordered|declared|adopted|ratified|enacted|repealed|withdrew|withdrawn|suspended|cancell?ed|postponed|resigned|fired|sacked|sentenced|convicted|charged|arrested|indicted|acquitted|awarded|established|introduced|proposed|promised|promise|pledged|pledge|committed|sanctions?|treaty|legislation|law|ceasefire|accord|summit)\b/i;

// Cause and consequence: "because", "due to", "led to", "in exchange for".
export const CAUSE =
  /\b(?:because|due to|as a result|result(?:ed|s|ing)? in|led to|leads? to|leading to|caused?|causes|causing|owing to|thanks to|in response to|in exchange for|in retaliation|consequently|blamed|attributed to|linked to|contributed to|driven by|triggered|prompted)\b/i;
// Sequence words that often carry an implied cause ("reduced following years of expulsions"); weaker.
export const SEQUENCE_CAUSE = /\b(?:following|after years of|amid|in the wake of)\b/i;

// Reported speech without the speakers module: "X said", "told reporters", "according to".
export const REPORTING_VERB =
  /\b(?:said|says|told|tells|urged|demanded|accused|insisted|insisting|critici[sz]ed|called for|stated|states|noted|added|argued|claimed|insisted|warned|suggested|confirmed|acknowledged|reported|explained|emphasi[sz]ed|stressed|highlighted|mentioned|remarked|asserted|maintained|denied|admitted|revealed|disclosed|estimated|announced|described|wrote|testified|alleged)\b/i;
// Evidence a reader can look up: documents, data, studies, polls, named reports.
export const SOURCE =
  /\b(?:according to|data|figures|statistics|report(?:s|ed)?|study|studies|survey|polls?|census|researchers?|research|analysis|records? show|documents?|estimates?|audit|investigation|court filings?)\b/i;

// Opinion in the speaker's own voice: "I think", "in my view".
export const FIRST_PERSON_OPINION =
  /\b(?:I|we)\s+(?:really\s+)?(?:think|believe|feel|guess|suppose|reckon|hope|wish|want|doubt)\b|\bin (?:my|our) (?:view|opinion)\b|\bpersonally\b/i;
// Norms and demands: what should happen is not a fact about what did.
export const NORMATIVE = /\b(?:should(?:n't)?|ought to|must|need to|needs to|have to|has to|it is time)\b/i;
// Forecasts: what will happen cannot be checked yet. Case-sensitive "may" so the month is not a forecast.
export const PREDICTION = /\b(?:will|won't|would|could|might|may|going to|likely|unlikely|expected to|set to|plans? to|intends? to|forecasts?)\b/;
// Feelings and verdicts: "delighted", "unacceptable", "a great step".
export const FEELING =
  /\b(?:happy|glad|delighted|pleased|proud|sad|disappointed|disappointing|unacceptable|concerned|worried|hopeful|grateful|thankful|excited|shocked|angry|outraged|upset|love|hate|frustrated|optimistic|pessimistic|confident|honou?red|sorry|regret|thrilled|saddened|heartbroken|devastated|amazing|wonderful|terrible|horrible|great|fantastic|awful|disgraceful|shameful|ridiculous|incredible|tremendous|beautiful|important|crucial|serious|welcome[ds]?|appreciate[sd]?)\b/i;
// The speaker talking about themselves or to the listener (debates, interviews), case-sensitive so "US"
// (the country) is not "us".
export const FIRST_PERSON = /\b(?:I|I'm|I've|I'd|I'll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e've|[Oo]ur|us)\b/;
export const SECOND_PERSON = /\b(?:[Yy]ou|[Yy]our|[Yy]ou're|[Yy]ou've)\b/;

// Quoted passages: straight or curly double quotes around at least one character.
export const QUOTED = /"[^"]+"|“[^”]+”|‘[^’]{12,}’/g;
