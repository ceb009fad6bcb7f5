// Dev quotes where the silver person name is wrong, checked by reading the article: key "article id#attribution
// index" -> the speaker a reader gives, and why. Used only for the separate "judged" figure of eval-quotes; the
// headline figure stays the plain comparison with silver. Only the disagreements listed by `npx tsx scripts/eval-quotes.ts --verbose`
// were read, so silver errors that happen to agree with us are not corrected: the judged figure leans high.
export interface Judgement {
  speaker: string;
  why: string;
}

export const JUDGEMENTS: ReadonlyMap<string, Judgement> = new Map<string, Judgement>([
  ['breitbart_2016-10-02_washington-post-hit-piece-exploi#28', { speaker: 'Donald Trump', why: '“I love you,” he said: the paragraph before ends on Trump reaching the end of his speech; Kevin is asleep' }],
  ['huff-post_2016-09-20_elizabeth-warren-hammers-wells-f#0', { speaker: 'Elizabeth Warren', why: 'headline: Warren says it to the Wells Fargo CEO; silver took the company' }],
  ['huff-post_2016-09-27_hillary-clinton-goes-after-donal#9', { speaker: 'Kenneth Baer', why: 'gold source span is Kenneth Baer; Obama is only in his role' }],
  ['nyt_2016-09-08_obama-on-climate-change-the-tren#33', { speaker: 'Obama', why: 'Mr. Obama dismissed the criticism …, he said; Larry is the one spoken about' }],
  ['nyt_2016-09-08_obama-on-climate-change-the-tren#62', { speaker: 'John D. Podesta', why: 'said John D. Podesta: gold source span; Obama is only in his role' }],
  ['nyt_2016-09-16_clinton-plan-for-taxes-is-expans#31', { speaker: 'Mike Schmidt', why: 'gold source span is Mike Schmidt, a Clinton campaign adviser' }],
  ['nyt_2016-09-16_clinton-plan-for-taxes-is-expans#36', { speaker: 'David Kamin', why: 'he added, right after Mr. Kamin said' }],
  ['nyt_2016-09-19_obama-sees-personal-insult-if-bl#0', { speaker: 'Obama', why: 'silver name is the phrase Obama Speech' }],
  ['nyt_2016-09-19_obama-sees-personal-insult-if-bl#3', { speaker: 'Obama', why: 'silver name is the phrase Obama Speech' }],
  ['nyt_2016-09-19_obama-sees-personal-insult-if-bl#5', { speaker: 'Obama', why: 'silver name is the phrase Obama Speech' }],
  ['nyt_2016-09-19_old-hands-help-russia-navigate-u#8', { speaker: 'John Dickey', why: 'gold source span is John Dickey; Mr. King is only in his role' }],
  ['politico_2016-09-12_former-dnc-chairman-calls-for-cl#2', { speaker: 'Don Fowler', why: 'gold source span is Don Fowler; Clinton is only in his description' }],
  ['politico_2016-09-12_former-dnc-chairman-calls-for-cl#43', { speaker: 'Brian Fallon', why: 'gold source span is Clinton campaign spokesman Brian Fallon' }],
  ['usa-today_2016-09-08_candidates-vie-for-vets-support-#36', { speaker: 'Rucker Culpepper', why: 'gold source span is Rucker Culpepper; Clinton is only in his description' }],
  ['wash-post_2016-09-08_virginian-could-make-history-aga#3', { speaker: 'David Wasserman', why: 'gold source span is David Wasserman' }],
  ['wash-post_2016-09-08_virginian-could-make-history-aga#31', { speaker: 'Bobby Scott', why: 'Scott responded with logic. “You got a choice,” he said' }],
  ['wash-post_2016-09-14_a-lesson-from-loretta-lynch-be-t#20', { speaker: 'Loretta Lynch', why: 'she said, in a run of paragraphs about Lynch; Caldwell is only listed' }],
  ['wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea#47', { speaker: 'Nick Witney', why: 'he said, right after said Nick Witney' }],
  ['wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en#5', { speaker: 'Ted Cruz', why: 'gold source span is Cruz; silver chain ran into Lee Harvey Oswald' }],
  ['wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en#10', { speaker: 'Ted Cruz', why: 'gold source span is Cruz; silver chain ran into Lee Harvey Oswald' }],
  ['wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en#15', { speaker: 'Ted Cruz', why: 'gold source span is Cruz; silver chain ran into Lee Harvey Oswald' }],
  ['wash-post_2016-09-26_ah-friends-once-more-ted-cruz-en#17', { speaker: 'Ted Cruz', why: 'he said, in a paragraph about Cruz; silver chain ran into Lee Harvey Oswald' }],
  ['wash-post_2016-09-26_charlotte-struggles-to-return-to#4', { speaker: 'Jimmy Tompkins', why: 'he said, after Jimmy Tompkins …, Tompkins said; silver took a park' }],
  ['west-journal_2016-09-15_retired-general-reveals-demorali#3', { speaker: 'Norman Ham', why: 'he told the host: the general, not the host Rusty Humphries' }],
  ['west-journal_2016-09-15_retired-general-reveals-demorali#5', { speaker: 'Norman Ham', why: 'he said, in an article about Ham’s interview' }],
  ['west-journal_2016-09-15_retired-general-reveals-demorali#8', { speaker: 'Norman Ham', why: 'he said, after Ham also noted …' }],
  ['west-journal_2016-09-15_retired-general-reveals-demorali#13', { speaker: 'Norman Ham', why: 'he said, after Ham explained why he backs Trump' }],
  ['west-journal_2016-09-28_clinton-campaign-reportedly-scra#23', { speaker: 'Henry Crespo', why: 'he said, after … concerns Henry Crespo, president of the Florida Democratic Black Caucus' }],
  ['west-journal_2016-10-04_railing-against-trump-sanders-vo#19', { speaker: 'the Times', why: 'it further wrote, after the Times wrote; silver name is the fragment Mr.' }],
]);
