// Harder attributions a careful reader still gets right: a source behind asides and places, roles of several
// lowercase words, "The New Yorker" as a source, a name and a colon, misspelt and first-name-only mentions, a
// book title that looks like a name, an excerpt typed with straight marks around curly ones, and a source
// introduced at the end of a sentence that the next "he said" quotes. Table-driven; invented paragraphs modelled
// on PolNeAR train sentences.
import { describe, expect, it } from 'vitest';
import { attributed } from './attributed';

describe('sources behind asides', () => {
  it.each([
    ['a party-and-state aside', ['“You need to bomb the nuclear facilities,” Representative Michele Bachmann, Republican of Minnesota, told Mr. Obama last year.'], 'You need to bomb', 'Michele Bachmann'],
    ['a passive "asked" aside and "had said"', ['The issue came up after Mr. Trump, asked about the deaths of journalists, had said, “I think our country does plenty of killing also.”'], 'plenty of killing', 'Mr. Trump'],
    ['age, town, state and a relative clause', ['“Both candidates scare me,” Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an interview.'], 'Both candidates scare me', 'Harry Bond'],
    ['"now" and a town', ['Nick Daniloff was freed in 1986.', '“I would have been sitting in Siberia,” Mr. Daniloff, now 81 and retired in Cambridge, Mass., said by telephone.'], 'sitting in Siberia', 'Nick Daniloff'],
    ['a role of lowercase words after an inverted cue', ['“The biggest concern for me is the court,” said Idaho nutritional-supplement executive Frank VanderSloot, who backed Rubio.'], 'biggest concern', 'Frank VanderSloot'],
    ['a two-word lowercase role after an inverted cue', ['“I am not going to say it is a mistake,” said retired neurosurgeon Ben Carson during the debate.'], 'say it is a mistake', 'Ben Carson'],
    ['a participle after an adverb', ['Donald Trump held a rally.', 'Supporters punched a protester, with Trump reportedly yelling: “Get him the hell out of here!”'], 'Get him the hell', 'Donald Trump'],
    ['a surname that is also a city, once the full name is known', ['Jeremy Paris runs the host committee.', '“You get your house ready for a party,” Paris, who used to work on Capitol Hill, said.'], 'house ready', 'Jeremy Paris'],
    ['a name and a colon before the quote', ['A lesson from Loretta Lynch: ‘Be the voice that people hear.’', 'Loretta E. Lynch said she was asked to give a presentation.'], 'Be the voice', 'Loretta E. Lynch'],
  ])('detects the speaker behind %s', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it.each([
    ['"The" and capitalised words', 'Dr. Mehmet Oz has been called many things, as The New Yorker put it in a long profile, “the operator.”', 'the operator', 'The New Yorker'],
    ['a document that "read"', '“Business leaders honored Donald J. Trump yesterday for his comeback,” the article read.', 'Business leaders honored', 'the article'],
  ])('detects %s as the source', (_label, text, snippet, speaker) => {
    expect(attributed(text).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it.each([
    ['a work word followed by a name and a cue', 'Holding open a book, Glenn Beck said, “I just want to ask you something.”', 'ask you something', 'Glenn Beck'],
    ['a publication word before the subject', 'In an interview with the magazine, Sadiq Khan said, “I would like to meet American mayors.”', 'American mayors', 'Sadiq Khan'],
  ])('ignores %s as a title', (_label, text, snippet, speaker) => {
    expect(attributed(text).speakerOf(snippet, 'direct')).toBe(speaker);
  });
});

describe('name variants', () => {
  it('detects a surname misspelt by one letter as the same person', () => {
    const result = attributed(
      '“The campaign is in panic mode,” said Leslie Wimes, a president of the caucus.',
      'Wines believes that the campaign took black voters for granted.',
      '“It is not enough,” she said.',
    );
    expect(result.speakerOf('not enough', 'direct')).toBe('Leslie Wimes');
    expect(result.speakers.map((s) => s.name)).toEqual(['Leslie Wimes']);
  });

  it.each([
    ['a short surname one letter apart', ['“We are ready,” said Joe Bush.', '“We are not,” Rush said.'], ['Joe Bush', 'Rush']],
    ['a plural of the surname', ['“We are ready,” said Anna Clinton.', '“They are,” Clintons said.'], ['Anna Clinton', 'Clintons']],
  ])('ignores %s as a misspelling', (_label, paragraphs, names) => {
    expect(attributed(...paragraphs).speakers.map((s) => s.name)).toEqual(names);
  });

  it('detects a first name alone as the person with that first name', () => {
    const result = attributed('Hillary Clinton spoke in Ohio.', '“We will win,” Hillary said.');
    expect(result.speakerOf('We will win', 'direct')).toBe('Hillary Clinton');
  });

  it('detects a first name met before the full name as the same person', () => {
    const result = attributed('“He’s back,” Bill said.', 'Bill Clinton’s hair was whiter than in 1992.', '“I love her,” Bill Clinton said.');
    expect(result.speakers.map((s) => s.name)).toEqual(['Bill Clinton']);
  });

  it('detects "he" as a man rather than a woman named only by her first name', () => {
    const result = attributed('Donald Trump spoke in Cleveland.', 'Melanie cheered as the nominee reached the end of his speech.', '“I love you,” he said.');
    expect(result.speakerOf('I love you', 'direct')).toBe('Donald Trump');
  });

  it('detects which of two namesakes a surname is from the pronouns after it', () => {
    const result = attributed(
      'Former President Bill Clinton and Hillary Clinton arrived in Florida.',
      'Clinton allowed her staff to think it was a pulled muscle.',
      '“Sure enough I had a big clot,” Clinton wrote in 2003.',
    );
    expect(result.speakerOf('big clot', 'direct')).toBe('Hillary Clinton');
  });

  it('ignores a book title set off by commas as a person', () => {
    const result = attributed('Hillary Clinton wrote about it later.', 'In her 2003 book, Living History, Clinton noted the clot.', 'After saying her foot was swollen, she was “whisked off to Bethesda Naval Hospital” for tests.');
    expect(result.speakers.map((s) => s.name)).toEqual(['Hillary Clinton']);
    expect(result.speakerOf('whisked off', 'direct')).toBe('Hillary Clinton');
  });
});

describe('excerpts and introductions', () => {
  it('detects a curly quote inside a straight-quoted excerpt paragraph as its own quote', () => {
    const result = attributed(
      'Donald Trump spoke in Cleveland.',
      '"Trump walked onto the stage, chanting “U-S-A! U-S-A!”',
      '“That’s right, Donald,” Melanie said.',
    );
    expect(result.speakerOf('U-S-A', 'direct')).toBe('Donald Trump');
    expect(result.speakerOf('That’s right', 'direct')).toBe('Melanie');
  });

  it('detects a quotation that goes on in a paragraph opening with the same straight mark', () => {
    const result = attributed('Stephanie McCrummen reports:', '"The first time she had seen him, she was just beginning to realize it.', '"Melanie thought the whole thing was outrageous."');
    expect(result.quotes.filter((q) => q.kind === 'direct')).toHaveLength(2);
    expect(result.speakerOf('Melanie thought', 'direct')).toBe('Stephanie McCrummen');
  });

  it('detects "he said" as the person the sentence before introduced with a role', () => {
    const result = attributed(
      'While Barack Obama had songs written about him, that has not happened for Clinton, which is something that concerns Henry Crespo, president of the Florida Democratic Black Caucus.',
      '“No one is writing songs for Hillary,” he said.',
    );
    expect(result.speakerOf('No one is writing', 'direct')).toBe('Henry Crespo');
  });

  it.each([
    ['introduced with a title before the name', ['Senator Marco Rubio criticised President Barack Obama on Monday.', '“He is wrong,” he said.'], 'He is wrong', 'Marco Rubio'],
    ['who has spoken already', ['“We need a plan,” said Jane Hall, a senator from Ohio.', 'Mark Ruiz spoke with Jane Hall, the senator.', '“We need it now,” she said.'], 'We need it now', 'Jane Hall'],
  ])('ignores a person %s as the new source', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });
});

describe('kind of a lone surname', () => {
  it.each([
    ['quoted saying "I"', '“I believe very firmly that it is a right,” Richards said.', 'Richards', 'person'],
    ['quoted saying "my"', '“My view has not changed,” Holtz said.', 'Holtz', 'person'],
    ['quoted saying "we"', '“We are proud of the deal,” Pfizer said.', 'Pfizer', 'organization'],
  ])('detects a lone capitalised word %s as a %s', (_label, text, name, kind) => {
    expect(attributed(text).speaker(name)?.kind).toBe(kind);
  });
});

describe('more ways a source is written', () => {
  it('detects a quotation paragraph signed by the next paragraph', () => {
    const result = attributed('Bernie Sanders and Hillary Clinton debated.', '"The idea that I would dismantle health care is just not accurate."', '- Sanders.', '"I went to Wall Street before the crash."', '- Clinton.');
    expect(result.speakerOf('dismantle health care', 'direct')).toBe('Bernie Sanders');
    expect(result.speakerOf('Wall Street', 'direct')).toBe('Hillary Clinton');
  });

  it('ignores a signing line under a paragraph that is not all quotation', () => {
    const result = attributed('Bernie Sanders and Hillary Clinton debated.', 'The crowd chanted "Feel the Bern tonight, feel it now" for a while.', '- Clinton.');
    expect(result.speakerOf('Feel the Bern', 'direct')).not.toBe('Hillary Clinton');
  });

  it.each([
    ['"reacted"', ['“What sport is he talking about?” reacted Donald Trump.'], 'What sport', 'Donald Trump'],
    ['"pressed"', ['Sean Hannity interviewed Donald Trump.', '“Would it be negotiable about the 11 million?” Hannity pressed.'], 'negotiable', 'Sean Hannity'],
    ['"questioned"', ['Glenn Beck spoke about Donald Trump.', '“What was the pivot point?” Beck questioned.'], 'pivot point', 'Glenn Beck'],
    ['"adding" after "X said,"', ['Paul Ryan and Donald Trump will meet next week, Sean Spicer said, adding, “They need to sit down and talk.”'], 'sit down', 'Sean Spicer'],
    ['a passive "was asked by"', ['Bernie Sanders was asked by host Bill Maher, who is supporting Sanders, “Has the story moved, has it not?”'], 'story moved', 'Bill Maher'],
  ])('detects %s as a cue', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it.each([
    ['"pressed for"', 'Senator Joan Park pressed for a vote on the bill.'],
    ['"questioned whether"', 'Senator Joan Park questioned whether the bill would pass.'],
  ])('ignores %s as reported speech', (_label, text) => {
    expect(attributed(text).quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it.each([
    ['after its full name', ['Pfizer chief executive Ian Read spoke to analysts.', '“We believe this deal is a great deal,” Read said.'], 'great deal', 'Ian Read'],
  ])('detects a surname spelt like a common word %s', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores "I said" as a name', () => {
    const result = attributed('Chris Murphy spoke to me. “I am the catcher,” he said.', 'Then I said, “Why?”');
    // "I" outside quotation marks is the article's narrator, an unnamed speaker (documents-and-narrators.test.ts).
    expect(result.speakers.map((s) => [s.name, s.kind])).toEqual([['Chris Murphy', 'person'], ['the author', 'unnamed']]);
    expect(result.speakerOf('Why?', 'direct')).toBe('the author');
  });

  it('ignores "Officials said" as a person’s name, even when the article capitalises it mid-sentence', () => {
    const result = attributed('The Pentagon Officials met on Monday.', '“The deal is done,” Officials said.');
    expect(result.speaker('Officials')?.kind).toBe('unnamed');
  });
});
