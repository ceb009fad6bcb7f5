import { describe, expect, it } from 'vitest';
import { attributed } from './attributed';

describe('speakers', () => {
  it.each([
    ['a role before the name', 'Russian Foreign Minister Sergey Lavrov said the talks went well.', 'Sergey Lavrov', 'Russian Foreign Minister'],
    ['a lowercase role before the name', 'US national security adviser Mike Waltz said the war must end.', 'Mike Waltz', 'US national security adviser'],
    ['a role with "of" before the name', 'US Secretary of State Marco Rubio said no one was sidelined.', 'Marco Rubio', 'US Secretary of State'],
    ['an appositive role before the name', 'Later, a senior Russian diplomat, Kirill Dmitriev, said it was too early.', 'Kirill Dmitriev', 'a senior Russian diplomat'],
    ['a possessive appositive role before the name', 'The US State Department’s spokesperson, Tammy Bruce, said both sides were committed.', 'Tammy Bruce', 'The US State Department’s spokesperson'],
    ['an appositive role after the name', 'Yury Ushakov, a key aide to President Vladimir Putin, said the talks were serious.', 'Yury Ushakov', 'a key aide to President Vladimir Putin'],
    ['an abbreviated title', 'Sen. Claire McCaskill (D-Mo.) said Romney was prepared.', 'Claire McCaskill', 'Sen.'],
  ])('detects the name and role from %s', (_label, text, name, role) => {
    const speaker = attributed(text).speaker(name);
    expect(speaker?.roles).toContain(role);
    expect(speaker?.kind).toBe('person');
  });

  it.each([
    ['Sergey / Sergei', ['Russian Foreign Minister Sergey Lavrov said the talks went well.', 'Sergei Lavrov said the talks would go on.']],
    ['Yury / Yuri', ['Yury Ushakov said a summit was unlikely.', 'Kremlin aide Yuri Ushakov said no date was set.']],
    ['Zelensky / Zelenskyy', ['Volodymyr Zelensky said Ukraine must be involved.', 'Zelenskyy said he would travel.']],
    ['accents: Tomás / Tomas', ['Tomás Ortega said the port would reopen.', 'Tomas Ortega said the strike was over.']],
    ['with and without the first name', ['Jana Puglierin said Europe must act.', 'Puglierin said the turning point had come.']],
    ['an honorific later on', ['Anna Veldt, a virologist, said the vaccine works.', 'Dr Veldt said the trial was large.']],
  ])('merges name variants: %s', (_label, paragraphs) => {
    const result = attributed(...paragraphs);
    expect(result.speakers).toHaveLength(1);
    expect(new Set(result.quotes.map((q) => q.speaker))).toEqual(new Set(['s1']));
  });

  it('keeps two people who share a surname apart, by first name and by honorific', () => {
    const result = attributed(
      'Hillary Clinton said she would create jobs.',
      'Bill Clinton said the economy was strong.',
      'Mrs. Clinton said the campaign would go on.',
    );
    expect(result.speakers.map((s) => s.name)).toEqual(['Hillary Clinton', 'Bill Clinton']);
    // "she" in Hillary Clinton's sentence tells the two apart for "Mrs. Clinton".
    expect(result.speakerOf('the campaign would go on', 'indirect')).toBe('Hillary Clinton');
  });

  it('detects the speaker of a role phrase and lists it as an alias', () => {
    const result = attributed('Russian Foreign Minister Sergey Lavrov arrived in Riyadh.', 'The Russian Foreign Minister noted that NATO was a threat.');
    expect(result.speakerOf('NATO was a threat', 'indirect')).toBe('Sergey Lavrov');
    expect(result.speaker('Sergey Lavrov')?.aliases).toContain('The Russian Foreign Minister');
  });

  it('detects "the official" as the person who just spoke when no role matches', () => {
    const result = attributed('Yury Ushakov said a summit was unlikely next week. The Russian official also noted that a team of negotiators would be named.');
    expect(result.speakerOf('a team of negotiators would be named', 'indirect')).toBe('Yury Ushakov');
  });

  it.each([
    ['an organisation', 'The Department of Health said the outbreak was contained.', 'Department of Health', 'organization'],
    ['a newspaper', 'The New York Post reports that the team avoided the hospital.', 'The New York Post', 'organization'],
    ['an unnamed source', 'The deal is close, a person familiar with the negotiations said.', 'a person familiar with the negotiations', 'unnamed'],
    ['unnamed officials', 'Officials said the bridge would reopen on Monday.', 'Officials', 'unnamed'],
    ['a document', 'The report said the program was plagued by fraud.', 'The report', 'organization'],
  ])('detects %s as a speaker', (_label, text, name, kind) => {
    const bare = (n: string): string => n.replace(/^the /iu, '');
    const speaker = attributed(text).speakers.find((s) => bare(s.name) === bare(name));
    expect(speaker?.kind).toBe(kind);
  });

  it('merges "a source" with "the source" and keeps "another source" apart', () => {
    const result = attributed('The escort was cancelled, a source said.', 'The van left early, another source said.', 'The police objected, the source added.');
    expect(result.speakers.map((s) => s.name)).toEqual(['a source', 'another source']);
    expect(result.speakerOf('The police objected', 'indirect')).toBe('another source');
  });

  it('ignores people who are only mentioned', () => {
    const result = attributed(
      'The two sides discussed a summit between President Vladimir Putin and US President Donald Trump.',
      'Yury Ushakov said the prospect of such a meeting was considered.',
      'ALSO READ: Zelensky Holds Talks with Erdogan Amid US Shift',
    );
    expect(result.speakers.map((s) => s.name)).toEqual(['Yury Ushakov']);
  });

  it('numbers speakers in order of first appearance', () => {
    const result = attributed(
      'Marco Rubio arrived first, then Sergey Lavrov.',
      'Lavrov said the talks were useful.',
      'Rubio said the talks were a first step.',
    );
    expect(result.speakers.map((s) => [s.id, s.name])).toEqual([['s1', 'Marco Rubio'], ['s2', 'Sergey Lavrov']]);
  });
});

describe('mentions', () => {
  it('detects every name form, role phrase and pronoun subject of a speaker, and nothing of others', () => {
    const result = attributed(
      'Russian Foreign Minister Sergey Lavrov met Marco Rubio.',
      'The Russian Foreign Minister said the talks were useful.',
      '“We will continue,” he said. Lavrov’s aides agreed.',
    );
    expect(result.painted()).toEqual([
      'Sergey Lavrov=Sergey Lavrov',
      'The Russian Foreign Minister=Sergey Lavrov',
      'he=Sergey Lavrov',
      'Lavrov=Sergey Lavrov',
    ]);
  });

  it('detects a role phrase outside attributions when every word of it is one of the speaker’s roles', () => {
    const result = attributed(
      'Russian Foreign Minister Sergey Lavrov said the talks were useful.',
      'Later the minister left Riyadh, and the president stayed home.',
    );
    expect(result.painted()).toEqual(['Sergey Lavrov=Sergey Lavrov', 'the minister=Sergey Lavrov']);
  });

  it('detects mentions in title-case headlines only for known speakers', () => {
    const result = attributed('Zelensky Holds Talks With Erdogan In Ankara', 'Volodymyr Zelensky said Ukraine must be at the table.');
    expect(result.painted()).toEqual(['Zelensky=Volodymyr Zelensky', 'Volodymyr Zelensky=Volodymyr Zelensky']);
  });
});
