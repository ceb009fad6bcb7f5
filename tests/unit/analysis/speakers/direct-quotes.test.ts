import { describe, expect, it } from 'vitest';
import { attributed } from './attributed';

describe('direct quotes', () => {
  it.each([
    ['a cue before the quote', ['Anna Petrova, the city’s mayor, arrived late. Petrova said, “We need more buses.”'], 'We need more buses.', 'Anna Petrova', 'said'],
    ['a cue after the quote', ['“Of course, this is unacceptable to us,” Lavrov remarked.'], 'this is unacceptable', 'Lavrov', 'remarked'],
    ['an inverted cue with an honorific', ['“The data are clear,” said Dr Veldt.'], 'The data are clear', 'Dr Veldt', 'said'],
    ['an inverted cue with a role before the name', ['“It was a good night,” said MSNBC host Chris Matthews.'], 'It was a good night', 'Chris Matthews', 'said'],
    ['an inverted cue with an appositive after the name', ['“It could tip,” said David Wasserman, an editor at the Cook Political Report.'], 'It could tip', 'David Wasserman', 'said'],
    ['a colon lead-in with a listener', ['Marta Silva told reporters in Lisbon: “The deal is done.”'], 'The deal is done.', 'Marta Silva', 'told'],
    ['a participle after a comma', ['Asked about sanctions, Ana Ruiz stayed calm, stating, “Others will need to be involved.”'], 'Others will need', 'Ana Ruiz', 'stating'],
    ['a question mark inside the quote, cue after it', ['“Does anybody know the platform?” Graham asked.'], 'Does anybody know', 'Graham', 'asked'],
    ['a dash signature', ['“He scares me. He talks like we do not matter.” ― Krystal Correa'], 'He scares me.', 'Krystal Correa', '―'],
    ['a title before a name split by a sentence break after an initial', ['"There is some thought," said Representative Charles B. Rangel of New York.'], 'There is some thought', 'Charles B. Rangel', 'said'],
    ['an abbreviated title a splitter breaks after', ['"This is a waste of time," said Del. Stacey Plaskett of the Virgin Islands.'], 'a waste of time', 'Stacey Plaskett', 'said'],
    ['a dash aside between the speaker and the cue', ['John Dickey, the chief executive of Ora Media -- the company that owns Mr. King’s show -- told me, “We are a content provider.”'], 'content provider', 'John Dickey', 'told'],
    ['a party tag in brackets', ['Rep. Jim Jordan (R-Ohio) said, “Everyone gets a different set of standards.”'], 'different set of standards', 'Jim Jordan', 'said'],
    ['a participle after "by"', ['President Barack Obama responded to a Gold Star mother on Wednesday by saying the issue was “manufactured” by critics.'], 'manufactured', 'Barack Obama', 'saying'],
    ['a document as the source', ['The report said the program was “plagued by fraud and abuse” for years.'], 'plagued by fraud', 'The report', 'said'],
  ])('detects %s', (_label, paragraphs, snippet, speaker, cue) => {
    const result = attributed(...paragraphs);
    expect(result.speakerOf(snippet, 'direct')).toBe(speaker);
    expect(result.quote(snippet, 'direct')?.cue).toBe(cue);
  });

  it.each([
    ['inside a described phrase', 'Yury Ushakov, speaking to reporters, described the talks as “very serious discussions on all issues,” adding that more would follow.', 'very serious discussions', 'Yury Ushakov'],
    ['inside a reported clause', 'Sergey Lavrov noted that both sides had agreed to “lay the groundwork for future cooperation” and more.', 'lay the groundwork', 'Sergey Lavrov'],
    ['one word after a second verb', 'Yury Ushakov said a meeting was considered, but emphasised that it was “unlikely” to happen soon.', 'unlikely', 'Yury Ushakov'],
    ['with a role-phrase subject', 'Sergey Lavrov is Russian Foreign Minister Sergey Lavrov. The Russian Foreign Minister highlighted that NATO is a “direct threat” to Russia.', 'direct threat', 'Sergey Lavrov'],
    ['with a subject and no cue', 'Carla Mendes, the trade minister, and her deputy agreed to work on the “restoration of cooperation” with Spain.', 'restoration of cooperation', 'Carla Mendes'],
  ])('detects a partial quote %s', (_label, text, snippet, speaker) => {
    expect(attributed(text).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('detects a quote ending one sentence and another introduced by the next, each with its own cue', () => {
    const result = attributed('Marco Rubio warned that there would be “concessions made by all sides.” He noted, “We’re not going to predetermine those.”');
    expect(result.quote('concessions made', 'direct')?.cue).toBe('warned');
    expect(result.quote('predetermine', 'direct')?.cue).toBe('noted');
    expect(result.speakerOf('predetermine', 'direct')).toBe('Marco Rubio');
  });

  it('detects both halves of a quote split by its attribution', () => {
    const result = attributed('“We are ready,” Maria Lopes said. “The rest is up to them.”');
    expect(result.speakerOf('We are ready', 'direct')).toBe('Maria Lopes');
    expect(result.speakerOf('The rest is up to them', 'direct')).toBe('Maria Lopes');
  });

  it('detects a multi-paragraph quote and gives every paragraph the speaker named in the first', () => {
    const result = attributed(
      'Senator Joan Park said: “We will not give up on this bill.',
      '“We will bring it back next year, and the year after.',
      '“And we will win.”',
    );
    expect(result.quotes.filter((q) => q.kind === 'direct').map((q) => result.speakers.find((s) => s.id === q.speaker)?.name))
      .toEqual(['Joan Park', 'Joan Park', 'Joan Park']);
  });

  it('detects a quote paragraph that continues the previous paragraph’s speaker', () => {
    const result = attributed(
      'Pat Caddell, a pollster, continued:',
      '"The health issue overall is very much a partisan issue, and the numbers show it."',
    );
    expect(result.speakerOf('The health issue overall', 'direct')).toBe('Pat Caddell');
  });

  it.each([
    ['a pronoun after the speaker’s paragraph', ['US national security adviser Mike Waltz told reporters that the war must end.', '"There will be some discussion of territory," he said.'], 'some discussion of territory', 'Mike Waltz'],
    ['"she" past a man named later in the sentence', ['Spokeswoman Maria Zakharova told reporters that Kyiv would never join NATO, as Vladimir Putin had insisted.', '"This issue will poison the atmosphere," she said.'], 'poison the atmosphere', 'Maria Zakharova'],
    ['"She" to the most recent speaker', ['The US State Department’s spokesperson, Tammy Bruce, described the meeting as a step forward.', 'She said, “One phone call is not sufficient.”'], 'One phone call', 'Tammy Bruce'],
    ['"he" past a headline-style line', ['Ukrainian President Volodymyr Zelenskyy said, “Talks are taking place without Ukraine.”', 'ALSO READ: Zelensky Holds Talks With Erdogan Amid US Shift', 'He further stated, “We will not accept it.”'], 'We will not accept it', 'Volodymyr Zelenskyy'],
    ['a gendered pronoun skipping a person of the other gender', ['Mr. Tom Haines met Senator Laura Kim on Monday.', '“We made progress,” she said.'], 'We made progress', 'Laura Kim'],
  ])('resolves %s', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('resolves "he" to a bare surname that just spoke, and makes it a person', () => {
    const result = attributed('Rubio warned that sanctions would stay.', 'He noted, “We’re not going to predetermine those.”');
    expect(result.speakerOf('predetermine', 'direct')).toBe('Rubio');
    expect(result.speaker('Rubio')?.kind).toBe('person');
  });

  it.each([
    ['scare quotes without a speaker', 'The so-called “reform” stalled in the Senate.', 'reform'],
    ['the title of a show after a preposition', 'Bernie Sanders said on “Morning Joe” that the race is close.', 'Morning Joe'],
    ['the title of a song without a cue', 'The crowd heard “A Change Is Gonna Come” at the end.', 'A Change Is Gonna Come'],
    ['the title of a show after a listener verb', 'Michael Flynn told “Fox and Friends.” that he agreed.', 'Fox and Friends'],
  ])('ignores %s', (_label, text, snippet) => {
    expect(attributed(text).quote(snippet, 'direct')).toBeUndefined();
  });

  it('ignores an infinitive as a cue: the quote keeps the real speaker', () => {
    const result = attributed('Foreign Ministry spokeswoman Maria Zakharova told reporters it was "not enough" for NATO not to admit Ukraine.');
    expect(result.speakerOf('not enough', 'direct')).toBe('Maria Zakharova');
  });

  it('reports content offsets without the quote marks', () => {
    const text = 'Lavrov said: “Of course.”';
    const q = attributed(text).quote('Of course', 'direct');
    expect(q && text.slice(q.start, q.end)).toBe('Of course.');
    expect(q?.text).toBe('Of course.');
  });
});
