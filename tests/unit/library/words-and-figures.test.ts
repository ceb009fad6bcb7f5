import { describe, expect, it } from 'vitest';
import { claimTerms, stem } from '../../../lib/library/claim-terms';
import { figuresDisagree, figuresIn } from '../../../lib/library/figures';
import { roleKey, rolesDisagree } from '../../../lib/library/role-key';
import { indexWords, matchesAll, matchRanges, queryTerms } from '../../../lib/library/search-words';
import { speakerKey, surnameKey } from '../../../lib/library/speaker-key';

describe('figuresIn', () => {
  it.each([
    ['a spelled-out count with a bound', 'The talks lasted for over four hours.', { text: 'over four hours', value: 4, unit: 'hour', qualifier: 'more' }],
    ['a hyphenated decimal', 'The 4.5-hour meeting in Riyadh', { text: '4.5-hour', value: 4.5, unit: 'hour', qualifier: '' }],
    ['per cent written out', 'regain 20 per cent of its territory', { text: '20 per cent', value: 20, unit: 'percent', qualifier: '' }],
    ['a percent sign', 'traffic would fall by 20%', { text: '20%', value: 20, unit: 'percent', qualifier: '' }],
    ['money with a scale', 'will cost $40 million and open', { text: '$40 million', value: 40e6, unit: 'dollar', qualifier: '' }],
    ['thousands with commas', 'about 1,500 troops', { text: 'about 1,500 troops', value: 1500, unit: 'troop', qualifier: 'about' }],
    ['a compound number word', 'twenty-five people died', { text: 'twenty-five people', value: 25, unit: 'person', qualifier: '' }],
    ['a long number word', 'fourteen days later', { text: 'fourteen days', value: 14, unit: 'day', qualifier: '' }],
  ])('detects %s', (_name, sentence, figure) => {
    expect(figuresIn(sentence)).toEqual([figure]);
  });

  it.each([
    ['a year', 'In 1994, Ukraine agreed'],
    ['a day of the month', 'open on May 3'],
    ['an ordinal', 'the fourth round'],
    ['"one" as a pronoun', 'no one was sidelined, one of them said'],
    ['a number naming something', 'three Trump administration officials'],
    ['a word that contains a number word', 'someone said'],
  ])('ignores %s', (_name, sentence) => {
    expect(figuresIn(sentence)).toEqual([]);
  });

  it.each([
    ['different values', 'over four hours', '4.5-hour', true],
    ['one value bounded differently', 'over four hours', 'four hours', true],
    ['the same figure written two ways', '20 per cent', '20%', false],
    ['different units', '20 per cent', '20 days', false],
  ])('compares figures: %s', (_name, a, b, disagree) => {
    expect(figuresDisagree(figuresIn(a)[0]!, figuresIn(b)[0]!)).toBe(disagree);
  });
});

describe('claimTerms', () => {
  it.each([
    ['restoration', 'restor'], ['restore', 'restor'], ['deployment', 'deploy'], ['troops', 'troop'], ['stopped', 'stop'],
  ])('stems %s as %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
  it('folds news synonyms, marks names, adds figure units and drops function words', () => {
    expect(claimTerms('The 4.5-hour meeting with Sergey Lavrov')).toEqual(['hour', 'talk', '@sergei', '@lavrov', '#hour']);
    expect(claimTerms('the discussions')).toEqual(claimTerms('the talks'));
  });
});

describe('roleKey and rolesDisagree', () => {
  it.each([
    ['Secretary of State', { head: 'secretary', qualifiers: ['state'] }],
    ['US Secretary of State', { head: 'secretary', qualifiers: ['state'] }],
    ['Russian Foreign Minister', { head: 'minister', qualifiers: ['foreign'] }],
    ['Foreign Ministry spokeswoman', { head: 'spokesperson', qualifiers: ['foreign', 'ministry'] }],
    ['Vice President', { head: 'vice president', qualifiers: [] }],
  ])('reads the office in %s', (role, key) => {
    expect(roleKey(role)).toEqual(key);
  });
  it.each([
    ['a description, not an office', 'a key aide to President Vladimir Putin'],
    ['a function in the story', 'Russian negotiator'],
    ['a past office', 'former Senator'],
  ])('has no office in %s', (_name, role) => {
    expect(roleKey(role)).toBeNull();
  });
  it.each([
    ['Secretary of State', 'Senator', true],
    ['Secretary of State', 'Secretary of Defense', true],
    ['Prime Minister', 'Foreign Minister', true],
    ['Secretary of State', 'US Secretary of State', false],
    ['Foreign Minister', 'Minister of Foreign Affairs', false],
    ['Foreign Ministry spokeswoman', 'Russian spokesperson', false],
  ])('%s against %s: disagree %s', (a, b, disagree) => {
    expect(rolesDisagree(roleKey(a)!, roleKey(b)!)).toBe(disagree);
  });
});

describe('speakerKey', () => {
  it.each([
    ['Sergey Lavrov', 'Sergei Lavrov'], ['Yury Ushakov', 'Yuri Ushakov'], ['Volodymyr Zelenskyy', 'Volodymyr Zelensky'], ['José Álvarez', 'Jose Alvarez'],
  ])('gives %s and %s one key', (a, b) => {
    expect(speakerKey(a)).toBe(speakerKey(b));
  });
  it('tells different people apart and reads the surname', () => {
    expect(speakerKey('Mike Waltz')).not.toBe(speakerKey('Marco Rubio'));
    expect(surnameKey('Sergey Lavrov')).toBe('lavrov');
  });
});

describe('search words', () => {
  it('indexes plain and name-folded forms, without stop words, accents or possessives', () => {
    expect(indexWords('The Kremlin’s Sergey said 4.5-hour talks cost 1,000 dollars in Kyiv; café')).toEqual(
      ['kremlin', 'sergey', 'sergei', 'said', '4.5', 'hour', 'talks', 'talx', 'cost', '1000', 'dollars', 'kyiv', 'cafe'],
    );
  });
  it.each([
    ['one word being typed', 'lav', [{ text: 'lav', forms: ['lav'], prefix: true }]],
    ['a name spelled another way', 'sergey ', [{ text: 'sergey', forms: ['sergey', 'sergei'], prefix: true }]],
    ['a finished stop word (dropped) and a one-letter one (waits)', 'the a rub', [{ text: 'rub', forms: ['rub'], prefix: true }]],
    ['a stop word still being typed', 'the', [{ text: 'the', forms: ['the'], prefix: true }]],
    ['a short prefix, not folded', 'kyi', [{ text: 'kyi', forms: ['kyi'], prefix: true }]],
    ['a two-letter word, matched whole', 'eu talks', [{ text: 'eu', forms: ['eu'], prefix: false }, { text: 'talks', forms: ['talks', 'talx'], prefix: true }]],
  ])('reads %s', (_name, query, terms) => {
    expect(queryTerms(query)).toEqual(terms);
  });
  it('matches word prefixes, whatever the spelling, and marks them', () => {
    const terms = queryTerms('sergei lav');
    expect(matchesAll('Sergey Lavrov spoke', terms)).toBe(true);
    expect(matchesAll('Sergey spoke', terms)).toBe(false);
    expect(matchRanges('Sergey Lavrov spoke', terms)).toEqual([[0, 6], [7, 13]]);
    expect(matchesAll('EU leaders in Europe', queryTerms('eu'))).toBe(true);
    expect(matchRanges('EU leaders in Europe', queryTerms('eu'))).toEqual([[0, 2]]);
  });
});
