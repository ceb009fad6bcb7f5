// Verdicts on the flags the PolNeAR labels lack, each read by a person: is the flagged paragraph (or the
// passage flagged inside it) text the page really prints twice, possibly with a word changed, that a reader
// would want dimmed (repeat: true), or an error of ours (repeat: false)? Keyed by article id and paragraph
// index; no page text is copied here, the eval prints it next to each verdict so it can be checked.
// - DEV_VERDICTS: paragraph indexes of ../shared/data/repeats/polnear_dev_repeats.jsonl (the data set's own).
// - TRAIN_VERDICTS: paragraph indexes of the PolNeAR train article as published (its non-empty lines, from 0),
//   so they hold whatever seed builds the held-out stand-in (scripts/eval-repeats-proxy.ts).
// A verdict names the flag, not the rule that made it: when a change of ours drops a flag, its verdict
// stays here unused; when it adds one, the eval lists it as not judged yet.

export interface Verdict {
  repeat: boolean;
  why: string;
}

const verdicts = (entries: [string, boolean, string][]): ReadonlyMap<string, Verdict> =>
  new Map(entries.map(([key, repeat, why]) => [key, { repeat, why }]));

export const DEV_VERDICTS = verdicts([
  ['breitbart_2016-09-30_the-latest-trump-urges-supporter:72', true, 'a live-blog sentence printed again with one verb changed ("cited" → "mentioned")'],
]);

export const TRAIN_VERDICTS = verdicts([
  ['breitbart_2015-12-11_trump-cruz-has-to-come-a-long-wa:3', true, 'two sentences of the speech quoted in the lede, printed again inside the transcript paragraph'],
  ['breitbart_2016-02-08_the-latest-nh-towns-cast-first-v:81', true, 'a live-blog item printing again the quote paragraph of an earlier item (a verb tense changed)'],
  ['breitbart_2016-02-20_the-latest-hillary-clinton-tells:154', true, "a live-blog item restating an earlier item's exit-poll sentence with three words dropped"],
  ['breitbart_2016-03-01_the-latest-sanders-wins-minnesot:104', true, 'a live-blog delegate-count line printed again word for word in the next update'],
  ['breitbart_2016-03-15_kasich-we-are-going-to-go-all-th:8', true, 'two sentences of the speech quoted in the lede, printed again inside the transcript paragraph'],
  ['breitbart_2016-03-15_the-latest-kasich-scores-all-del:76', true, 'a live-blog sentence printed again with one word put in'],
  ['breitbart_2016-03-15_the-latest-kasich-scores-all-del:78', true, 'a live-blog delegate-count line printed again word for word in the next update'],
  ['breitbart_2016-03-15_the-latest-sanders-declares-revo:103', true, 'a live-blog sentence printed again with one word put in'],
  ['breitbart_2016-03-15_the-latest-sanders-declares-revo:105', true, 'a live-blog delegate-count line printed again word for word in the next update'],
  ['breitbart_2016-03-20_ted-cruz-refuses-to-disavow-lind:13', false, 'a six-word line of a speech, echoed in a clause earlier and met again in the transcript: the speech is quoted twice, the page prints no passage twice'],
  ['huff-post_2016-01-28_bernie-sanders-and-hillary-clint:8', true, 'a pull quote copying a body sentence'],
  ['huff-post_2016-02-01_here-s-why-winning-iowa-could-br:26', true, 'a pull quote printed before the body paragraph that quotes it in full (a comma added)'],
  ['huff-post_2016-02-01_here-s-why-winning-iowa-could-br:39', true, 'a sentence printed again word for word'],
  ['huff-post_2016-02-07_the-latest-gop-debate-kicked-off:71', false, 'the speaker said his line again, which is the news (two quotes, not one passage printed twice)'],
  ['huff-post_2016-06-23_why-hillary-clinton-s-attacks-on:10', true, 'a pull quote printed before the body paragraph that quotes it in full'],
  ['huff-post_2016-06-23_why-hillary-clinton-s-attacks-on:32', true, 'a pull quote printed before the body paragraph that quotes it in full'],
  ['huff-post_2016-07-26_obama-administration-to-expand-p:6', true, 'the quote of the paragraph before printed again, cut short, as a pull quote'],
  ['huff-post_2016-08-11_donald-trump-is-now-calling-obam:11', false, 'the speaker said his line again in a later answer (two quotes, not one passage printed twice)'],
  ['nyt_2015-11-13_clinton-stays-well-ahead-of-sand:5', true, "the lede's poll sentence printed again with its attribution changed"],
  ['nyt_2015-11-16_social-sites-overflow-when-crisi:6', true, 'a sentence printed again word for word'],
  ['nyt_2015-11-17_terrorism-moves-to-fore-of-u-s-c:6', true, 'the lede sentence printed again, cut short'],
  ['nyt_2015-12-01_puerto-rican-bank-left-debt-inst:13', true, "the abstract's sentence printed again inside a later sentence"],
  ['nyt_2015-12-09_terrorists-mock-bids-to-block-th:7', true, 'the lede sentence printed again with a clause put in'],
  ['nyt_2015-12-22_trump-says-praise-from-putin-hel:5', true, "the abstract's sentence printed again, cut short"],
  ['nyt_2016-01-19_bush-s-presidential-campaign-per:9', true, "the abstract's sentence printed again without its opening words"],
  ['nyt_2016-02-17_jeb-bush-helped-by-george-goes-a:4', true, 'the abstract paragraph printed again as the lede with a few words edited'],
  ['nyt_2016-03-16_via-legislative-side-doors-sande:3', true, "the subtitle's words printed again in the abstract (a summary box restating the deck)"],
  ['nyt_2016-04-23_even-signed-climate-deal-won-t-e:9', true, 'a paragraph printed again with a few words edited'],
  ['nyt_2016-06-08_durability-carries-clinton-to-he:33', true, "the abstract's sentence printed again in the body"],
  ['nyt_2016-06-15_clinton-s-chance-to-make-bold-ch:11', true, "the abstract's sentence printed again with one word put in"],
  ['nyt_2016-07-07_in-criticizing-clinton-hints-tha:6', true, "the abstract's sentence printed again, cut short, dashes set differently"],
  ['politico_2016-08-11_pence-blames-media-for-trump-s-o:12', false, 'a quote echoed in a short clause earlier, then given in full in the exchange it came from'],
  ['wash-post_2015-11-16_clinton-s-missteps-at-debate-arm:4', true, 'a quote printed again inside a tweet that quotes it (one word added)'],
  ['wash-post_2016-01-20_fiorina-pushed-ahead-and-paid-a-:24', false, 'a section heading quoting a phrase (the data set closes every line with a full stop, so it reads as a one-line paragraph), met again where the body quotes the phrase'],
  ['west-journal_2016-02-10_look-man-spotted-directly-behind:7', true, 'a tweet quoted in the text, then printed again as the embedded tweet'],
]);
