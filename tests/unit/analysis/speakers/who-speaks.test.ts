// Who a careful reader says is speaking: places are never speakers, "he"/"she" go to whom the sentence before is
// about, role phrases to the holder of that office, and a quoted sentence standing alone to the person just
// discussed. Table-driven; each row is a small invented paragraph set.
import { describe, expect, it } from 'vitest';
import { attributed } from './attributed';

describe('places and peoples', () => {
  it.each([
    ['a country as the subject', 'Russia made it clear that NATO troops in Ukraine were unacceptable.'],
    ['two countries as the subject', 'The United States and Russia announced on Tuesday that they had agreed to talk.'],
    ['"the United States" as the subject', 'The United States said that the embassy would reopen.'],
    ['a capital standing for its government', 'Moscow insisted that the talks had gone well.'],
    ['a country with a perfect cue', 'Ukraine has made it clear it will not accept any deal imposed without its consent.'],
  ])('ignores %s as a speaker', (_label, text) => {
    const result = attributed(text);
    expect(result.speakers).toEqual([]);
    expect(result.quotes.filter((q) => q.speaker !== null)).toEqual([]);
  });

  it.each([
    ['the Kremlin', 'The Kremlin said that the talks had gone well.', 'Kremlin'],
    ['the State Department', 'The State Department said that the embassy would reopen.', 'State Department'],
    ['the White House', 'The White House said that the president would sign the bill.', 'White House'],
  ])('detects %s as an organisation speaker', (_label, text, name) => {
    const speaker = attributed(text).speakers.find((s) => s.name.includes(name));
    expect(speaker?.kind).toBe('organization');
  });

  it('leaves a quote unattributed rather than giving it to the previous speaker when a country says it', () => {
    const result = attributed('“We will not sign,” Lavrov said. Russia called the plan “a direct threat to our security.”');
    expect(result.speakerOf('We will not sign', 'direct')).toBe('Lavrov');
    expect(result.speakerOf('a direct threat', 'direct')).toBeNull();
  });

  it('ignores a state after a town as a person that "he" could be', () => {
    const result = attributed('Speaking at a town hall in Salem, New Hampshire, Donald Trump went after Jeb Bush.', 'He said, “Here’s a guy who would not be hired.”');
    expect(result.speakerOf('Here’s a guy', 'direct')).toBe('Donald Trump');
    expect(result.speakers.map((s) => s.name)).toEqual(['Donald Trump']);
  });

  it('detects a surname that is also a place once the full name is known', () => {
    const result = attributed('Defense Secretary Lloyd Austin visited the troops.', '“We are ready,” Austin said.');
    expect(result.speakerOf('We are ready', 'direct')).toBe('Lloyd Austin');
  });

  it('detects a surname that is also a nationality once the full name is known', () => {
    const result = attributed('Mark Cuban spoke to reporters on Monday.', '“It is possible for anybody to change,” Cuban said.');
    expect(result.speakerOf('possible for anybody', 'direct')).toBe('Mark Cuban');
  });

  it.each([
    ['a capitalised word the article also writes in lowercase', ['Senator Joan Park spoke to the audience.', 'Audiences can expect more debate. “It will be loud,” she said.'], 'It will be loud', 'Joan Park'],
    ['a sentence-opening participle', ['Senator Joan Park spoke on Monday.', 'Based on the polls, the race is close. “We will win,” she said.'], 'We will win', 'Joan Park'],
  ])('ignores %s as a name', (_label, paragraphs, snippet, speaker) => {
    const result = attributed(...paragraphs);
    expect(result.speakerOf(snippet, 'direct')).toBe(speaker);
    expect(result.speakers.map((s) => s.name)).toEqual([speaker]);
  });
});

describe('"he" and "she"', () => {
  it.each([
    ['a first name that tells a man from a woman',
      ['Sanders called the suspension arbitrary. Josh Hendler, a party tech operative, warned that the move could damage the party.', '“The stakes are higher than the fight of the day,” he wrote.'],
      'The stakes are higher', 'Josh Hendler'],
    ['the main subject, not a name in a clause it reports',
      ['Ben Carson turned the story back on the Post, pointing out that the paper’s Robert Costa had reported in June that the campaign was failing.', '“Apparently not,” he said.'],
      'Apparently not', 'Ben Carson'],
    ['the speaker of a trailing attribution, not the subject of what was said',
      ['Cruz electrified the small crowds with impassioned speeches, Robert Stovall said.', '“He was very articulate,” he said.'],
      'He was very articulate', 'Robert Stovall'],
    ['the main clause, not a cue in a "when" clause',
      ['Paul Ryan did not exude confidence when Jake Tapper asked whether Republicans would hold the House.', '“It is gonna be unpredictable,” he said.'],
      'gonna be unpredictable', 'Paul Ryan'],
    ['the person a pronoun carried into the last sentence',
      ['Donald Trump spoke for 45 minutes. He spent more time mocking a familiar target: Jeb Bush.', 'Then he said, “Zero voters will follow him.”'],
      'Zero voters', 'Donald Trump'],
    ['the first subject of a sentence of two women',
      ['Juanita Broaddrick said Hillary Clinton had called her several times.', '“I was shocked,” she said.'],
      'I was shocked', 'Juanita Broaddrick'],
  ])('resolves to %s', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('keeps the sentence before a quote whole when that sentence quotes a word of its own', () => {
    // The splitter's break after “arbitrary.” stays: the attribution after it starts a new sentence.
    const result = attributed('Bernie Sanders called the suspension “arbitrary.” Josh Hendler warned that the party would suffer.', '“The stakes are high,” he wrote.');
    expect(result.speakerOf('The stakes are high', 'direct')).toBe('Josh Hendler');
  });
});

describe('roles', () => {
  it.each([
    ['an abbreviated title', ['Gov. Chris Christie spoke on the radio.', '“He is the best person to beat her,” the governor said.'], 'the best person', 'Chris Christie'],
    ['an abbreviated title in the phrase’s role', ['Sen. Joan Park and Mayor Tom Haines met on Monday.', '“The bill will pass,” the senator said.'], 'The bill will pass', 'Joan Park'],
  ])('detects the holder of %s', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores a vice president as "the president"', () => {
    const result = attributed(
      'Vice President Joe Biden spoke first. Barack Obama, the 44th president of the United States, spoke next.',
      '“We will finish the job,” the president said.',
    );
    expect(result.speakerOf('finish the job', 'direct')).toBe('Barack Obama');
  });
});

describe('quotes without a cue', () => {
  it.each([
    ['a quoted sentence after a sentence about the speaker, in the same paragraph',
      ['Sean Hannity is unapologetic about his aim. “I want Donald Trump to be the next president.”'], 'I want Donald Trump', 'Sean Hannity'],
    ['a quoted paragraph after a paragraph about the speaker',
      ['Cecile Richards also spoke about the case before the Supreme Court.', '“Roe v. Wade is the law of the land, and it is a constitutional right.”'], 'Roe v. Wade', 'Cecile Richards'],
    ['a headline of the form "Name: quote"',
      ['Bernie Sanders: ‘It Is Not A Radical Idea’ To Ask For A Higher Wage', 'Senator Bernie Sanders spoke in Iowa on Monday.'], 'It Is Not A Radical Idea', 'Bernie Sanders'],
    ['a headline with the quote after a verb',
      ['Elizabeth Warren Hammers Bank CEO: ‘You Should Be Criminally Investigated.’', 'Senator Elizabeth Warren questioned the bank’s chief on Tuesday.'], 'You Should Be Criminally Investigated', 'Elizabeth Warren'],
  ])('detects %s', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores a scare quote after a sentence about someone', () => {
    const result = attributed('Senator Joan Park spoke on Monday. The so-called “reform” stalled.');
    expect(result.quote('reform', 'direct')).toBeUndefined();
  });
});

describe('cues of manner', () => {
  it.each([
    ['barked', '“Go back to your seat,” Donald Trump barked.', 'Go back to your seat', 'Donald Trump'],
    ['went on', '“You know, it happens,” Donald Trump went on.', 'it happens', 'Donald Trump'],
    ['shot back', '“Only Rosie O’Donnell,” Donald Trump shot back.', 'Only Rosie', 'Donald Trump'],
    ['interjected', '“That is not true,” Rand Paul interjected.', 'That is not true', 'Rand Paul'],
    ['urged', '“Compare him to Hillary,” Sebastian Gorka urged.', 'Compare him to Hillary', 'Sebastian Gorka'],
  ])('detects "%s" as a cue', (_label, text, snippet, speaker) => {
    expect(attributed(text).speakerOf(snippet, 'direct')).toBe(speaker);
  });
});
