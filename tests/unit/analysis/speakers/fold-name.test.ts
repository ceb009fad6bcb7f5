import { describe, expect, it } from 'vitest';
import { foldName, givenNamesAgree } from '../../../../lib/analysis/speakers/fold-name';
import { CUE_FORMS } from '../../../../lib/analysis/speakers/lexicon/cue-verbs';
import { ROLE_MODIFIERS, ROLE_NOUNS, roleNoun } from '../../../../lib/analysis/speakers/lexicon/role-words';

describe('foldName', () => {
  it.each([
    ['Sergey', 'Sergei'], ['Yury', 'Yuri'], ['Zelensky', 'Zelenskyy'], ['Zelenskiy', 'Zelensky'], ['Tomás', 'Tomas'],
    ['Dmitriy', 'Dmitri'], ['Aleksei', 'Alexei'], ['O’Neill', "O'Neill"], ['LAVROV', 'Lavrov'],
  ])('detects %s and %s as one name', (a, b) => {
    expect(foldName(a)).toBe(foldName(b));
  });

  it.each([['Lavrov', 'Lavrova'], ['Clinton', 'Clintons'], ['Kim', 'Kin']])('ignores %s / %s: different names', (a, b) => {
    expect(foldName(a)).not.toBe(foldName(b));
  });

  it.each([['g.k', 'george', true], ['hillari', 'hillari', true], ['hillari', 'bill', false], ['b', 'barack', true]])(
    'given names %s and %s agree: %s', (a, b, agree) => {
      expect(givenNamesAgree(a, b)).toBe(agree);
    });
});

describe('gazetteers', () => {
  it('holds lowercase single words, so lookups by token.lower find them', () => {
    for (const word of [...ROLE_NOUNS, ...ROLE_MODIFIERS, ...CUE_FORMS.keys()]) expect(word).toBe(word.toLowerCase().trim());
  });

  it.each([['officials', 'official'], ['sources', 'source'], ['people', 'person'], ['secretaries', 'secretary'], ['spokeswomen', 'spokeswoman'], ['Senate', null], ['talks', null]])(
    'reads %s as the role noun %s', (word, noun) => {
      expect(roleNoun(word.toLowerCase())).toBe(noun === null ? null : noun);
    });
});
