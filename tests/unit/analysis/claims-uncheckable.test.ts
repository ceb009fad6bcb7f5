import { describe, expect, it } from 'vitest';
import { CLAIM_THRESHOLD } from '../../../lib/analysis/claims/find-claims';
import { claimContext, scoreSentence } from '../../../lib/analysis/claims/score-sentence';
import { uncheckable, UNCHECKABLE_RULES, type UncheckableRule } from '../../../lib/analysis/claims/uncheckable';

const ruleOf = (text: string, attributed = false) => uncheckable(claimContext(text, attributed));

describe('uncheckable', () => {
  it.each<[UncheckableRule, string]>([
    ['pledge', "We're going to take 4 million existing buildings and 2 million homes and retrofit them."],
    ['pledge', 'And I will cut taxes for 95 percent of working families.'],
    ['pledge', 'Number three, I\'ll make government more efficient and cut the number of employees.'],
    ['pledge', "What we're going to do is give every family a $2,500 tax credit."],
    ['pledge', 'We plan to build 300,000 homes a year.'],
    ['stance', 'Furthermore, Russia made it clear that the deployment of NATO troops in Ukraine would be unacceptable.'],
    ['stance', 'Zelenskyy sharply criticised the talks, insisting that any peace negotiations must involve Ukraine.'],
    ['stance', 'Lavrov’s comments signalled that Moscow would continue to push for further concessions.'],
    ['demand', 'US national security adviser Mike Waltz told reporters in Riyadh that the war must come to a permanent end.'],
    ['demand', 'Governor Romney said this has to be done on a bipartisan basis.'],
    ['mood', 'Nadal said he was happy with the way he has been playing.'],
    ['mood', 'While the delegation appeared optimistic about future engagement, it acknowledged the challenges ahead.'],
    ['mood', 'He said he was deeply upset with his daughter joining the group.'],
  ])('flags a %s: %s', (rule, text) => {
    expect(ruleOf(text)).toBe(rule);
    expect(scoreSentence(text)).toBeNull();
  });

  it.each([
    ['a decision, "agreed to"', 'The United States and Russia agreed to restore staffing at their embassies.'],
    ['a decision, "voted to"', 'The council voted 7-2 to close the bridge to lorries.'],
    ['a decision, "announced that it will"', 'The ministry announced that it will close 40 schools in 2026.'],
    ['an attributed official forecast', 'The IMF forecasts growth of 3% in the euro area next year.'],
    ['a pledge anchored in a date', 'We will build 300,000 homes by 2030, as the manifesto promised in 2024.'],
    ['a pledge anchored in a past act', "I want to cut spending, and that's why I vetoed the budget with $30 billion in cuts."],
    ['a reported pledge', 'He says we are going to pay for a $40 billion tax break.'],
    ['a pledge quoted and attributed', '"We will build 1,000 new homes in Leeds," the housing minister said.'],
    ['a pledge of a coming state', "We'll have 125,000 troops trained by the end of this year."],
    ['a point of order, "I\'d like to"', "I'd like to point out that Congress cut $20 million from the programme."],
    ['a stance with a figure', 'Rubio insisted that sanctions imposed in 2022 could be lifted within 90 days.'],
    ['a stance with a decision', 'Rubio suggested that economic sanctions imposed on Russia might be lifted.'],
    ['a demand with a date', 'She said the alliance must disavow a promise it made at a summit in Bucharest in 2008.'],
    ['a demand quoted back at a speaker', 'You said that we should still have troops in Iraq.'],
    ['a past necessity', 'Police said they had to investigate once they were given the information.'],
    ['a plain forecast left to the model', 'He said that he would launch military strikes into Pakistan.'],
    ['a topic marker, "as far as … is concerned"', 'As far as Japan is concerned, we are losing billions of dollars.'],
    ['a feeling with a fact', 'He said he was proud that crime fell 12 per cent last year.'],
  ])('ignores %s', (_name, text) => {
    expect(ruleOf(text)).toBeNull();
  });

  it('applies only the rules it is given, so each can be measured alone', () => {
    const text = 'Nadal said he was happy with the way he has been playing.';
    expect(uncheckable(claimContext(text, false), ['pledge', 'stance', 'demand'])).toBeNull();
    expect(uncheckable(claimContext(text, false), ['mood'])).toBe('mood');
    expect(scoreSentence(text, false, undefined, [])?.score ?? 0).toBeGreaterThan(0);
    expect(UNCHECKABLE_RULES).toEqual(['pledge', 'stance', 'demand', 'mood']);
  });

  it('leaves a check-worthy sentence with the same score as before the rules', () => {
    const text = 'In 1994, Ukraine agreed to relinquish its Soviet-era nuclear weapons in exchange for assurances.';
    expect(scoreSentence(text)?.score).toBe(scoreSentence(text, false, undefined, [])?.score);
    expect(scoreSentence(text)?.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });
});
