import { describe, expect, it } from 'vitest';
import { alignWords } from '../../../../lib/analysis/repeats/align';
import { comparableWords, comparableWordSpans } from '../../../../lib/analysis/repeats/comparable-words';
import { factsDiffer, factsIn, refilledTemplate, tokensOf } from '../../../../lib/analysis/repeats/figures';
import { wordRangeSpan } from '../../../../lib/analysis/repeats/matched-passage';
import { blockWords, sentencesWords, wordsOutside } from '../../../../lib/analysis/repeats/passage-words';
import { isQuotedAt } from '../../../../lib/analysis/repeats/quoted-speech';
import { restates } from '../../../../lib/analysis/repeats/restates';
import { ShingleIndex } from '../../../../lib/analysis/repeats/shingle-index';
import { shingleSequence, Vocabulary } from '../../../../lib/analysis/repeats/shingles';
import { splitSentences } from '../../../../lib/analysis/sentences';

describe('comparable words', () => {
  it('ignore case, quote style and punctuation', () => {
    expect(comparableWords('“Don’t” — SAID he, 4.5%')).toEqual(comparableWords('"don\'t" said  he 4.5 %'));
  });

  it.each([
    ['(pictured)', 'Deputy minister Dimitris Mardas (pictured) said so'],
    ['(left) and (stock image)', 'Deputy minister Dimitris Mardas (left) said so (stock image)'],
  ])('leave out picture notes a caption puts inside a sentence: %s', (_name, text) => {
    expect(comparableWords(text)).toEqual(comparableWords('Deputy minister Dimitris Mardas said so'));
  });

  it('keep other bracketed words', () => {
    expect(comparableWords('Mardas (Greece) said so')).toEqual(['mardas', 'greece', 'said', 'so']);
  });

  it('fold compatibility forms (full-width letters)', () => {
    expect(comparableWords('ＵＮ talks')).toEqual(['un', 'talks']);
  });

  it('count each Chinese or Japanese character as a word, as those scripts put no spaces between words', () => {
    expect(comparableWords('美国和俄罗斯。Riyadh 会谈')).toEqual(['美', '国', '和', '俄', '罗', '斯', 'riyadh', '会', '谈']);
  });

  it('say which words are capitalised and which open a sentence', () => {
    const spans = comparableWordSpans('He met Lavrov. Then 12 aides left: Rubio stayed.');
    expect(spans.map((w) => [w.word, w.capital, w.initial])).toEqual([
      ['he', true, true], ['met', false, false], ['lavrov', true, false], ['then', true, true], ['12', true, false],
      ['aides', false, false], ['left', false, false], ['rubio', true, true], ['stayed', false, false],
    ]);
  });
});

describe('shingles and the index', () => {
  const vocabulary = new Vocabulary();
  const ids = (text: string) => text.split(' ').map((w) => vocabulary.id(w));

  it('shingle a passage at every word position, a short passage as one shingle, as small integers', () => {
    expect(shingleSequence(ids('a b c'))).toHaveLength(1);
    const long = shingleSequence(ids('a b c d e f a b c d e'));
    expect(long).toHaveLength(7);
    expect(long[0]).toBe(long[6]);
    expect(new Set(long).size).toBe(6);
    expect(shingleSequence(ids('a b c d e'))).toEqual([long[0]]);
    expect(shingleSequence(ids('b a c d e'))[0]).not.toBe(long[0]);
    expect(long.every((s) => Number.isInteger(s) && s >= 0 && s < 2 ** 30)).toBe(true);
  });

  it('count shared shingles per indexed passage, and each distinct shingle once when adding', () => {
    const index = new ShingleIndex();
    expect(index.add(0, [1, 2, 2])).toBe(2);
    expect(index.add(1, [2, 3])).toBe(2);
    expect(index.overlaps([2, 3, 4])).toEqual(new Map([[0, 1], [1, 2]]));
  });

  it('re-shingle the words left outside repeated stretches', () => {
    const text = 'one two three four five six seven eight';
    const words = blockWords(text, vocabulary);
    const outside = wordsOutside(words, [{ start: text.indexOf('three'), end: text.indexOf(' six') }]);
    expect(outside.words.map((w) => w.word)).toEqual(['one', 'two', 'six', 'seven', 'eight']);
    expect(outside.sequence).toEqual(shingleSequence(outside.ids));
  });
});

describe('sentence words', () => {
  const vocabulary = new Vocabulary();
  it.each([
    ['a line of its own closed by a full stop', 'The Story of Katherine of Alexandria.', [true]],
    ['a line of its own closed inside quote marks', '“I’m just not quite there yet.”', [true]],
    ['a caption line without a stop', 'Director Michael Redwood with Peter O’Toole', [false]],
    ['sentences inside a paragraph', 'Trump spoke in Ohio. I’m not quite there yet.', [false, false]],
  ])('mark %s', (_name, text, expected) => {
    const blocks = [{ id: 0, kind: 'paragraph' as const, text }];
    expect(sentencesWords(blockWords(text, vocabulary), splitSentences(blocks)).map((w) => w.ownLine)).toEqual(expected);
  });
});

describe('alignWords', () => {
  const vocabulary = new Vocabulary();
  const passage = (text: string) => blockWords(text, vocabulary);
  const body = 'The first round of direct talks between the United States and Russia concluded in Riyadh on Tuesday officials said';

  it('counts every word of an edited copy found in order, where 5-word runs cover far fewer', () => {
    const edited = body.replace('round', 'meeting').replace('States', 'Nations').replace('Tuesday', 'Monday');
    const a = alignWords(passage(edited), passage(body));
    expect(a.matched).toBe(16); // of 19: all but the three changed words
    expect(a.covered).toBe(12); // the two words at each end sit in runs shorter than a shingle
  });

  it.each([
    ['reaches', 'It also says she became engaged in July 2013', true],
    ['stops short of', 'She became engaged in July 2013 to a doctor', false],
  ])('says whether the longest run %s the last word', (_name, own, toEnd) => {
    expect(alignWords(passage(own), passage('Facebook says she became engaged in July 2013')).runToEnd).toBe(toEnd);
  });

  it('gives the longest run and the stretch of the other passage restated', () => {
    const a = alignWords(passage('talks between the United States and Russia concluded'), passage(`Before that: ${body}`));
    expect(a.run).toBe(8);
    expect(a.inB).toEqual([7, 14]);
  });

  it('looks only near the shared runs, so words scattered over a long passage do not add up', () => {
    const filler = Array.from({ length: 60 }, (_, i) => `word${i} the of and to in`).join(' ');
    const apart = Array.from({ length: 20 }, (_, i) => `x${i}`).join(' ');
    const own = 'the of and to in talks between the United States and';
    const a = alignWords(passage(own), passage(`${filler} ${apart} talks between the United States and ${apart} ${filler}`));
    expect(a.matched).toBe(6); // an LCS over the whole passage would pair all 11 words
  });

  it('aligns a long passage chunk by chunk, finding all of a copy', () => {
    const long = Array.from({ length: 900 }, (_, i) => `w${i}${i % 12 === 11 ? '.' : ''}`).join(' ');
    const a = alignWords(passage(long), passage(`Intro words here. ${long}`));
    expect(a.matched).toBe(passage(long).ids.length);
  });

  it('finds nothing between passages with no shared shingle', () => {
    expect(alignWords(passage('a b c d e f g'), passage('h i j k l m n'))).toEqual({ matched: 0, run: 0, runToEnd: false, covered: 0, inB: null, breaks: 0 });
  });

  it.each([
    ['none for a stretch lifted whole, its edges changed', `Meanwhile ${body.slice(4, 70)} today`, 0],
    ['one where words of the original are dropped inside the stretch', body.replace('between the United States and Russia ', ''), 1],
    ['one where a word is put inside the stretch', body.replace('concluded', 'finally concluded'), 1],
    ['two for two edits inside the stretch', body.replace('between ', '').replace('concluded', 'ended'), 2],
  ])('counts breaks inside the restated stretch: %s', (_name, own, breaks) => {
    expect(alignWords(passage(own), passage(`Before that: ${body}. After that, nothing.`)).breaks).toBe(breaks);
  });
});

describe('restates', () => {
  const al = (matched: number, run: number, covered: number, breaks = 0, runToEnd = true) => ({ matched, run, runToEnd, covered, inB: [0, 1] as [number, number], breaks });
  it.each([
    ['verbatim', al(6, 6, 6), 6, 40, 'verbatim'],
    ['a lifted passage with one break inside from 24 words', al(22, 12, 22, 1), 24, 60, 'lifted'],
    ['a lifted passage with one break inside under 24 words (a rewrite around two shared phrases)', al(12, 7, 12, 1), 15, 43, null],
    ['a lifted passage with two breaks inside under 44 words', al(36, 15, 36, 2), 40, 90, null],
    ['a short passage off by one word from eight words on', al(8, 8, 8), 9, 40, 'lifted'],
    ['a short passage off by its last word', al(8, 8, 8, 0, false), 9, 40, null],
    ['a short passage off by one word under eight words', al(6, 6, 6), 7, 40, null],
    ['an edited copy of the same extent', al(27, 9, 20), 30, 32, 'edited'],
    ['an edited passage much shorter than its original', al(27, 9, 20), 30, 60, null],
    ['a lifted passage with a clause put in', al(27, 15, 25), 30, 60, 'lifted'],
    ['a passage sharing one run and scattered words', al(17, 12, 12), 18, 26, null],
  ] as const)('%s', (_name, alignment, words, otherWords, expected) => {
    expect(restates(alignment, words, otherWords)).toBe(expected);
  });
});

describe('facts', () => {
  const spans = comparableWordSpans;
  it('are figures (number words as digits) and, on request, names inside sentences', () => {
    expect([...factsIn(spans('Ten delegates met Lavrov in 2025.'), true).keys()]).toEqual(['10', 'lavrov', '2025']);
    expect([...factsIn(spans('Ten delegates met Lavrov in 2025.'), false).keys()]).toEqual(['10', '2025']);
    expect([...factsIn(spans('1 Green, 1 Red, 2 Yellow'), false)]).toEqual([['1', 2], ['2', 1]]);
  });

  it('differ when each side has one the other lacks, not when one is only added', () => {
    const differ = (a: string, b: string) => factsDiffer(factsIn(spans(a), true), tokensOf(spans(a)), factsIn(spans(b), true), tokensOf(spans(b)));
    expect(differ('at least 866 delegates', 'at least 882 delegates')).toBe(true);
    expect(differ('the primary in Arkansas', 'the primary in Virginia')).toBe(true);
    expect(differ('When David Cameron visited', 'When Cameron visited')).toBe(false);
    expect(differ('a ten-year order', 'a 10 year order')).toBe(false);
    expect(differ('Barnes met her', 'Lies: Barnes met her')).toBe(false);
    expect(differ('Containers: 1 Green, 2 Red, 1 Yellow', 'Containers: 1 Green, 1 Red, 1 Yellow')).toBe(true);
    expect(differ('Containers: 1 Green, 1 Red, 1 Yellow, 1 Orange', 'Containers: 1 Green, 1 Red, 1 Yellow')).toBe(false);
    expect(differ('Trump met Trump aides', 'Trump met aides')).toBe(false);
  });

  it('read ordinals as figures, in words or digits', () => {
    expect([...factsIn(spans('the second adaptation, on the 21st'), false).keys()]).toEqual(['2', '21']);
  });

  it.each([
    ['names swapped for names', 'Faces Places is streaming on Netflix and on Google Play.', 'The Square is streaming on Hulu and on Google Play.'],
    ['a name for two', '“ontheissues.org: Chris Cannon on Homeland Security”. Retrieved 2014.', '“ontheissues.org: Chris Cannon on Abortion”. Retrieved 2014.'],
  ])('tell a template line filled in again: %s', (_name, a, b) => {
    expect(refilledTemplate(spans(b), spans(a))).toBe(true);
  });

  it.each([
    ['a pronoun for a name', 'He accused Ed Miliband of having some brass neck.', 'Mr Cameron accused Ed Miliband of having some brass neck.'],
    ['a common word changed', 'The note was cited by Trump on Sunday.', 'The note was mentioned by Trump on Sunday.'],
    ['a name swapped and a word dropped', 'Faces Places is currently streaming on Netflix.', 'Columbus is streaming on Hulu.'],
    ['the same line', 'Faces Places is streaming on Netflix.', 'Faces Places is streaming on Netflix.'],
  ])('tell an edited copy from a template line: %s', (_name, a, b) => {
    expect(refilledTemplate(spans(b), spans(a))).toBe(false);
  });
});

describe('wordRangeSpan', () => {
  it('takes in the opening quote mark and the closing punctuation', () => {
    const text = 'He said: “We will meet again.” Then he left.';
    const words = comparableWordSpans(text);
    const span = wordRangeSpan(text, words, 2, 5);
    expect(span && text.slice(span.start, span.end)).toBe('“We will meet again.”');
  });
});

describe('isQuotedAt', () => {
  const at = (text: string, stretch: string) => isQuotedAt(text, text.indexOf(stretch));
  it.each([
    ['a stretch opening with a curly quote', 'He said so. “We will win.”', 'We will win'],
    ['a stretch opening with a straight quote', 'He said so. "We will win."', '"We will win'],
    ['a stretch inside a curly quote opened before it', '“No mistake. I give him the award,” Trump said.', 'I give him'],
    ['a stretch after an odd number of straight quotes', '"Here\'s the line," Rubio added. "It is not true. He knows."', 'He knows'],
    ['a stretch inside doubled apostrophes', "''We don't need it. Any more of that,'' she said.", 'Any more'],
  ])('reads as quoted: %s', (_name, text, stretch) => {
    expect(at(text, stretch)).toBe(true);
  });
  it.each([
    ['a stretch after a closed curly quote', '“We will win,” he said. It takes 2,383 delegates.', 'It takes'],
    ['a stretch after a closed straight quote', '"We will win," he said. It takes 2,383 delegates.', 'It takes'],
    ['apostrophes only', "Don't go. It's late and we're tired.", "It's late"],
  ])('reads as not quoted: %s', (_name, text, stretch) => {
    expect(at(text, stretch)).toBe(false);
  });
});
