// Round 2 of rules found on PolNeAR train (held-out news, not dev): documents and organisations that speak as
// "it" ("The email includes …. At the bottom it reads, “…”"), documents named after an inverted "read", more
// document words ("the note says", "the suit reads"), the first-person narrator ("“…,” I said"), subjects of
// subordinate clauses, titles and markup that are no quotes, quotations whose closing mark was forgotten, bodies
// and writers as subjects, manner verbs, "from X:" leads, roles in apposition that name an employer, and "in the
// words of". Table-driven; invented paragraphs modelled on train sentences.
import { describe, expect, it } from 'vitest';
import { attributed } from './attributed';

describe('"it" standing for a document or an organisation', () => {
  it.each([
    ['a document subject two paragraphs back',
      ['The email includes a photo of the senator holding a gun.', 'At the bottom it reads, “You can further support the cause by chipping in $35.”'],
      'further support', 'The email'],
    ['an organisation named in the sentence before',
      ['Still, the Business Council of British Columbia opposed an increase.', '“Keep the carbon tax in place at the current level,” it said.'],
      'Keep the carbon tax', 'the Business Council'],
    ['a document with a possessive',
      ['Thursday’s memo from the panel seemed aimed at bolstering the investigation.', '“So far, 59 of the 75 witnesses had never been interviewed,” it stated.'],
      'So far, 59', 'Thursday’s memo'],
    ['a document object of the sentence before',
      ['Dozens of groups sent a letter this week urging Congress to act.', '“The delay reflects an appalling indifference,” it read.'],
      'appalling indifference', 'a letter'],
  ])('detects %s', (_label, paragraphs, snippet, speaker) => {
    const result = attributed(...paragraphs);
    expect(result.speakerOf(snippet, 'direct')).toBe(speaker);
    expect(result.speaker(speaker)?.kind).toBe('organization');
    expect(result.painted()).toContain(`it=${speaker}`);
  });

  it.each([
    ['a document only counted ("three times")', ['The mayor tried three times to pass the measure.', '“It failed and we will try again,” it said.'], 'It failed'],
    ['a document three paragraphs back', ['The report was long.', 'Nobody read all of it.', 'Nobody cared.', 'Readers moved on.', '“We were wrong about the data,” it said.'], 'We were wrong'],
  ])('ignores %s', (_label, paragraphs, snippet) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBeNull();
  });

  it('detects the organisation that spoke when it is nearer than a document', () => {
    const result = attributed('A report came out in May. The company said it disagreed.', '“We stand by our product,” it said.');
    expect(result.speakerOf('stand by our product', 'direct')).toBe('The company');
  });

  it('ignores a document for "they"', () => {
    const result = attributed('The researchers published a study in May.', '“Trade cost jobs,” they argued.');
    expect(result.speaker('a study')).toBeUndefined();
  });
});

describe('documents that speak', () => {
  it.each([
    ['"the note says"', '“Mark, you are a total loser!” the note says.', 'total loser', 'the note'],
    ['"the suit reads"', '“The firing was improper,” the suit reads.', 'firing was improper', 'the suit'],
    ['"read the statement" inverted', '“Her team took notes on her life,” read the statement, which was attributed to Miller.', 'took notes', 'the statement'],
    ['"read the email" inverted', '“Our revolution has forced a change,” read the email.', 'forced a change', 'the email'],
  ])('detects %s', (_label, text, snippet, speaker) => {
    expect(attributed(text).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores "read" before a person as a cue', () => {
    expect(attributed('“I love this book,” said Ann Lee. Read the book, she added.').speakerOf('love this book', 'direct')).toBe('Ann Lee');
  });
});

describe('the first-person narrator', () => {
  it.each([
    ['after the quotation', 'The judge turned to me. “Your Honor, I would like to answer the question,” I said.', 'answer the question'],
    ['before the quotation', 'I was not off to a good start. I said, “I was seventeen years old when I came here.”', 'seventeen years old'],
    ['with a cue other than "said"', '“This is a big political win for me,” I confessed on the show.', 'political win'],
  ])('detects "I" %s as the author', (_label, text, snippet) => {
    const result = attributed(text);
    expect(result.speakerOf(snippet, 'direct')).toBe('the author');
    expect(result.speaker('the author')?.kind).toBe('unnamed');
  });

  it.each([
    ['inside a quotation', '“I said no to them,” Warren said.', 'said no to them', 'Warren'],
    ['in a partial quote of the narrator’s own sentence', 'I remember feeling that I wanted my vote to “mean something in the end” back then.', 'mean something', null],
    ['"we" outside quotations', '“The deal is bad for everyone involved,” we said.', 'deal is bad', null],
  ])('ignores "I" %s', (_label, text, snippet, speaker) => {
    const result = attributed(text);
    expect(result.speakerOf(snippet, 'direct')).toBe(speaker);
    expect(result.speaker('the author')).toBeUndefined();
  });

  it('ignores "I said that …" as reported speech of the author', () => {
    const result = attributed('I said when I announced that I was not running that I would not remain silent.');
    expect(result.speaker('the author')).toBeUndefined();
  });
});

describe('subjects of the main clause', () => {
  it('detects the main clause speaker of a coordinated cue after a subordinate "when I asked"', () => {
    const result = attributed('Last month, when I asked Bernie Sanders if he would ever endorse her, he looked into my camera, furrowed his brow and said, “I’m gonna endorse YOU!”');
    expect(result.speakerOf('gonna endorse', 'direct')).toBe('Bernie Sanders');
  });

  it.each([
    ['a participle closing a "when" clause', ['Then there is David Axelrod.', '“Too forced?” he tweeted when Hillary Clinton ended a debate with a reference to the “Star Wars” sequel, remarking, “May the Force be with you.”'], 'May the Force', 'Hillary Clinton'],
    ['a participle after a "when" clause that opens the sentence', ['When Hillary Clinton ended the debate, Donald Trump tweeted, adding, “Too forced and too late.”'], 'Too forced', 'Donald Trump'],
    ['a participle after a comma inside the "when" clause', ['Donald Trump spoke when Hillary Clinton, the nominee, left, adding, “She is gone for good now.”'], 'gone for good', 'Donald Trump'],
  ])('detects the speaker of %s', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it.each([
    ['"it" after an opening phrase', ['The email includes a photo.', 'At the bottom it reads, “Chip in $35 after you enter to win.”'], 'Chip in $35', 'The email'],
    ['"he" after an opening phrase', ['John Kasich spoke in Ohio.', 'In Cleveland he said, “We are going all the way.”'], 'all the way', 'John Kasich'],
  ])('detects %s without its comma', (_label, paragraphs, snippet, speaker) => {
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });
});

describe('titles and markup that are no quotes', () => {
  it.each([
    ['a show named after "program"', '“He deserved it,” John McGraw told the television program “Inside Edition” after the fight.', 'Inside Edition'],
    ['a book named after "book" and a comma', 'Mr. Rubio said the plans changed, in his 2012 book, “An American Son.” So they stayed.', 'An American Son'],
    ['a show title with a lowercase preposition', 'Mr. Trump told the host on the radio show “Midday with Charlie Sykes” that he would win.', 'Midday with Charlie Sykes'],
    ['a podcast title after "podcast"', '“Being a dad is my job,” Weiner said in May on the podcast “Here’s the Thing.”', 'Here’s the Thing'],
    ['an attribute value in left-over markup', 'Sanders aide Jeff Weaver wrote: <tweet tweet-date="March 10, 2016">The photo is fake</tweet>.', 'March 10'],
  ])('ignores %s', (_label, text, snippet) => {
    expect(attributed(text).quote(snippet, 'direct')).toBeUndefined();
  });

  it.each([
    ['a title-case exclamation after a cue', 'The crowd chanted, “Lock Her Up!”', 'Lock Her Up'],
    ['a capitalised quotation said right after its cue', 'Trump said: “Nobody Beats Me With Voters.”', 'Nobody Beats Me'],
    ['a quotation after "book" that is a sentence with a speaker', 'Of the book, she said, “It changed my life and my family’s life for good.”', 'It changed my life'],
  ])('detects %s', (_label, text, snippet) => {
    expect(attributed(text).quote(snippet, 'direct')).toBeDefined();
  });
});

describe('names and writers', () => {
  it.each([
    ['two swapped letters', ['Singer Anthony Kiedis spoke to the radio.', '“We had written two dozen songs,” Keidis said.'], 'two dozen songs', ['Anthony Kiedis']],
  ])('detects a surname misspelt by %s as the same person', (_label, paragraphs, snippet, names) => {
    const result = attributed(...paragraphs);
    expect(result.speakerOf(snippet, 'direct')).toBe('Anthony Kiedis');
    expect(result.speakers.map((s) => s.name)).toEqual(names);
  });

  it.each([
    ['two swapped letters in a short surname', ['“We are ready,” said Joe Bsuh.', '“We are not,” Bush said.'], ['Joe Bsuh', 'Bush']],
    ['two swapped letters that change the first one', ['“We are ready,” said Anna Kiedis.', '“We are not,” Ikedis said.'], ['Anna Kiedis', 'Ikedis']],
  ])('ignores %s as a misspelling', (_label, paragraphs, names) => {
    expect(attributed(...paragraphs).speakers.map((s) => s.name)).toEqual(names);
  });

  it.each([
    ['a message posted by the subject', 'Donald Trump posted a message on Twitter reading “Thank you Georgia, we love you” after the polls closed.', 'Thank you Georgia', 'Donald Trump'],
    ['an email sent by "he"', ['Bernie Sanders spoke in Ohio.', 'He sent out a fundraising email vowing “to fight for every single vote” in the primary.'], 'fight for every', 'Bernie Sanders'],
  ])('detects the writer of %s', (_label, text, snippet, speaker) => {
    const paragraphs = typeof text === 'string' ? [text] : text;
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores the writer when the document is the subject', () => {
    const result = attributed('A message posted on Twitter reading “Thank you Georgia, we love you” went viral.');
    expect(result.speakers.filter((s) => s.kind === 'person')).toEqual([]);
  });
});

describe('bodies and writers as the subject of a partial quote', () => {
  it.each([
    ['a body with an aside before a colon', 'The Clinton campaign, in a Q&A on the e-mail controversy, worded it even more carefully: “Her practice was to email officials on their accounts.”', 'Her practice', 'The Clinton campaign'],
    ['a possessive writer before a document', ['Maria Hoff wrote to the committee in May.', 'Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate everything we stand for.”'], 'Followers of radical', 'Maria Hoff'],
  ])('detects %s', (_label, text, snippet, speaker) => {
    const paragraphs = typeof text === 'string' ? [text] : text;
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it.each([
    ['a short term a body is said to use', 'The Post sent its “national enterprise reporter” Stephanie McCrummen to Ohio.', 'national enterprise'],
    ['a possessive name before a noun that is no document', ['Maria Hoff wrote to the committee in May.', 'Hoff’s dog makes a libertarian-style case: “Followers of radical Islam hate everything we stand for.”'], 'Followers of radical'],
  ])('ignores %s', (_label, text, snippet) => {
    const paragraphs = typeof text === 'string' ? [text] : text;
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct') ?? null).toBeNull();
  });
});

describe('a quotation whose closing mark was forgotten', () => {
  it.each([
    ['after a colon, to the end of its paragraph', ['More from Jones: “The partisanship of the state population is a starting point in determining a state’s likely vote. [Gallup.]', 'HUFFPOLLSTER VIA EMAIL! You can receive this daily update.'], 'partisanship of the state'],
    ['opening its paragraph with a straight mark', ['Trump spoke in Ohio.', '"Everybody believes in the Geneva Convention until they start losing and then it is okay.', 'He went on to other topics.'], 'Everybody believes'],
  ])('detects one %s', (_label, paragraphs, snippet) => {
    expect(attributed(...paragraphs).quote(snippet, 'direct')).toBeDefined();
  });

  it.each([
    ['a short stretch after the mark', ['The 6" tall figure stood on the desk in the office.'], 'tall figure'],
    ['a stretch with no full stop at the end', ['He wrote “the partisanship of the state population is a starting point in determining'], 'partisanship'],
    ['a mark followed by other marks', ['He wrote “the partisanship of the state ‘population’ is a starting point in determining the vote.'], 'partisanship'],
  ])('ignores %s', (_label, paragraphs, snippet) => {
    expect(attributed(...paragraphs).quote(snippet, 'direct')).toBeUndefined();
  });
});

describe('manner verbs of feature writing', () => {
  it.each([
    ['inverted after the quotation', '“This is fantastic!” beamed Donald Hartley of Madison, Alabama.', 'This is fantastic', 'Donald Hartley'],
    ['after the quotation', '“We will see about that,” Maria Lopez laughed.', 'We will see', 'Maria Lopez'],
    ['"I" before "and said"', 'When my mother mentioned the devil to me, I laughed and said, “I don’t believe in the devil.”', 'believe in the devil', 'the author'],
  ])('detects the speaker %s', (_label, text, snippet, speaker) => {
    expect(attributed(text).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores a manner verb as a cue of reported speech', () => {
    const result = attributed('Maria Lopez laughed at the idea that the vote would be close.');
    expect(result.quote('the idea', 'indirect')).toBeUndefined();
  });

  it('ignores a body after the main verb as the subject', () => {
    const result = attributed('PolitiFact spoke to experts.', 'They checked the Chicago Tribune and found there had been “3,210 shooting victims in the city this year.”');
    expect(result.speaker('the Chicago Tribune')).toBeUndefined();
  });
});

describe('a lead that ends "from X:"', () => {
  it.each([
    ['a person after a long lead', ['Gallup’s Jeffrey M. Jones looked at the states.', 'What that means for this year’s presidential election - More from Jones: “The partisanship of the state population is a starting point.”'], 'partisanship', 'Jeffrey M. Jones'],
    ['a document', 'Not all web panels are created equal. From the report: “In general, samples with more elaborate weighting produced more accurate results.”', 'more elaborate weighting', 'the report'],
    ['the writer of a possessed document', ['Jeb Bush endorsed Ted Cruz on Wednesday.', 'From Bush’s Facebook post: “For the sake of our party and country, we must move to overcome the divisiveness.”'], 'For the sake', 'Jeb Bush'],
  ])('detects %s as the source', (_label, text, snippet, speaker) => {
    const paragraphs = typeof text === 'string' ? [text] : text;
    expect(attributed(...paragraphs).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores a "from" far from the colon', () => {
    const result = attributed('He came from Ohio and spoke for an hour about the many problems facing the country today: “We need jobs and we need them now.”');
    expect(result.speaker('Ohio')).toBeUndefined();
  });
});

describe('a role in apposition that names an employer', () => {
  it.each([
    ['a newspaper after "for"', '“Trump is the leader of a growing populism,” Massimo Franco, a columnist for the Italian newspaper Corriere della Sera, wrote on Friday.', 'growing populism', 'Massimo Franco'],
    ['a company after "of"', '“She is unfit to be president,” Meg Whitman, the chief executive of Hewlett Packard Enterprise, said in May.', 'unfit to be president', 'Meg Whitman'],
  ])('detects the name before %s as the speaker', (_label, text, snippet, speaker) => {
    expect(attributed(text).speakerOf(snippet, 'direct')).toBe(speaker);
  });

  it('ignores the role for a name right after it', () => {
    const result = attributed('“We may be seeing wage acceleration,” the economist Jared Bernstein, a former adviser in the Obama White House, wrote on his blog.');
    expect(result.speakerOf('wage acceleration', 'direct')).toBe('Jared Bernstein');
  });
});

describe('"in the words of"', () => {
  it.each([
    ['after the quotation', 'Mrs. Clinton was, in the words of a senior adviser, “the torchbearer” of his legacy.', 'torchbearer', 'a senior adviser'],
    ['before the quotation', 'She doesn’t like “surprises,” in the words of one top staffer, and bristled at them.', 'surprises', 'one top staffer'],
  ])('detects the source %s', (_label, text, snippet, speaker) => {
    const result = attributed(text);
    expect(result.speakerOf(snippet, 'direct')).toBe(speaker);
    expect(result.speaker(speaker)?.kind).toBe('unnamed');
  });

  it('ignores "words" without "in the … of"', () => {
    expect(attributed('She chose the words of a senior adviser, “the torchbearer” of his legacy, for the speech.').speaker('a senior adviser')).toBeUndefined();
  });
});
