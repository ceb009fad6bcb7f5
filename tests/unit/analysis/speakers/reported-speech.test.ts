import { describe, expect, it } from 'vitest';
import { attributed } from './attributed';

describe('reported speech', () => {
  it.each([
    ['"said that"', 'Yury Ushakov said that the prospect of such a meeting was considered.', 'the prospect of such a meeting was considered', 'Yury Ushakov', 'said'],
    ['"said" without "that"', 'US Secretary of State Marco Rubio said no one was being sidelined.', 'no one was being sidelined', 'Marco Rubio', 'said'],
    ['"told reporters that"', 'US national security adviser Mike Waltz told reporters in Riyadh that the war must come to an end.', 'the war must come to an end', 'Mike Waltz', 'told'],
    ['"told reporters" without "that"', 'Spokeswoman Maria Zakharova told reporters in Moscow it was not enough for NATO.', 'it was not enough for NATO', 'Maria Zakharova', 'told'],
    ['"noted"', 'Jana Puglierin, a senior policy fellow at the European Council on Foreign Relations, noted that Europeans could no longer rely on Russia.', 'Europeans could no longer rely on Russia', 'Jana Puglierin', 'noted'],
    ['"stressed"', 'Mike Waltz stressed that the goal was not a temporary ceasefire.', 'the goal was not a temporary ceasefire', 'Mike Waltz', 'stressed'],
    ['"confirmed"', 'US State Department spokesperson Tammy Bruce confirmed that both sides had agreed to form teams.', 'both sides had agreed to form teams', 'Tammy Bruce', 'confirmed'],
    ['"warned"', 'Marco Rubio warned that this would depend on progress.', 'this would depend on progress', 'Marco Rubio', 'warned'],
    ['"argued"', 'Ukrainian President Volodymyr Zelensky has consistently argued that NATO membership is the only way.', 'NATO membership is the only way', 'Volodymyr Zelensky', 'argued'],
    ['"suggested" after an appositive before the name', 'Following the talks, a senior Russian diplomat, Kirill Dmitriev, suggested it was too early to speak of concessions.', 'it was too early to speak of concessions', 'Kirill Dmitriev', 'suggested'],
    ['"emphasised"', 'Marco Rubio emphasised that the absence of Ukraine did not preclude future involvement.', 'the absence of Ukraine did not preclude future involvement', 'Marco Rubio', 'emphasised'],
    ['"insisted"', 'Anna Berg insisted that the budget would balance.', 'the budget would balance', 'Anna Berg', 'insisted'],
    ['"added"', 'Anna Berg added that more cuts were coming.', 'more cuts were coming', 'Anna Berg', 'added'],
    ['"stated"', 'Russian Foreign Minister Sergei Lavrov stated in Riyadh that Moscow would not accept the deployment.', 'Moscow would not accept the deployment', 'Sergei Lavrov', 'stated'],
    ['"according to X," first', 'According to Dr Anna Veldt, the vaccine is safe for children.', 'the vaccine is safe for children', 'Anna Veldt', 'According to'],
    ['"…, according to X" last', 'The vaccine is safe for children, according to Dr Anna Veldt.', 'The vaccine is safe for children', 'Anna Veldt', 'according to'],
    ['a trailing "…, a source said"', 'The escort was called off at the last minute, a person familiar with the plans said.', 'The escort was called off at the last minute', 'a person familiar with the plans', 'said'],
    ['a subject of two people (the first named)', 'Sergey Lavrov and Marco Rubio agreed that embassies would reopen.', 'embassies would reopen', 'Sergey Lavrov', 'agreed that'],
    ['a subject of two bodies (one organisation)', 'NATO and the European Union announced on Tuesday that they had agreed to talk.', 'they had agreed to talk', 'NATO and the European Union', 'announced'],
    ['an inverted mid-sentence aside', 'The vote, said Tom Haines, will be close on Tuesday.', 'The vote, said Tom Haines, will be close on Tuesday', 'Tom Haines', 'said'],
    ['an "according to" aside', 'Most voters, according to Tom Haines, want a change.', 'Most voters, according to Tom Haines, want a change', 'Tom Haines', 'according to'],
    ['an -ing cue after a comma', 'Senator Joan Park criticised the talks, insisting that any deal must involve Ukraine.', 'any deal must involve Ukraine', 'Joan Park', 'insisting'],
  ])('detects %s', (_label, text, content, speaker, cue) => {
    const result = attributed(text);
    const q = result.quote(content, 'indirect');
    expect(q?.text).toBe(content);
    expect(result.speakerOf(content, 'indirect')).toBe(speaker);
    expect(q?.cue).toBe(cue);
  });

  it('detects the speaker of a mid-sentence aside from the paragraph before', () => {
    const result = attributed('Anna Berg, the city’s treasurer, spoke on Monday.', 'The plan, she said, is flawed.');
    expect(result.speakerOf('The plan, she said, is flawed', 'indirect')).toBe('Anna Berg');
  });

  it('detects a second verb sharing the first one’s subject, and cuts the first clause before it', () => {
    const result = attributed('Yury Ushakov said that a meeting was considered, but emphasised that it was unlikely to happen.');
    expect(result.quote('a meeting', 'indirect')?.text).toBe('a meeting was considered');
    expect(result.speakerOf('it was unlikely to happen', 'indirect')).toBe('Yury Ushakov');
  });

  it('detects a pronoun subject resolved across paragraphs', () => {
    const result = attributed('Ukrainian President Volodymyr Zelenskyy spoke in Ankara on Tuesday.', 'He further stated that Ukraine would not accept any deal made without it.');
    expect(result.speakerOf('Ukraine would not accept any deal made without it', 'indirect')).toBe('Volodymyr Zelenskyy');
  });

  it.each([
    ['a cue with a noun object', 'Senior officials, including Yury Ushakov, a key aide to the president, confirmed the wrap-up of the talks on Tuesday.'],
    ['a cue with an object and a relative clause', 'They acknowledged the significant challenges that lay ahead.'],
    ['an infinitive', 'The court refused to state the reasons for its ruling.'],
    ['a passive', 'The minister was told that the plan had failed.'],
    ['a noun after a determiner', 'The claims that Kyiv could regain territory were dismissed.'],
    ['a capitalised verb form inside a name', 'The United States agreed to restore embassy staffing.'],
  ])('ignores %s', (_label, text) => {
    expect(attributed(text).quotes.filter((q) => q.kind === 'indirect')).toEqual([]);
  });

  it('keeps the direct quote inside reported speech as its own quote, same speaker', () => {
    const result = attributed('Tammy Bruce confirmed that both sides had agreed to form "respective high-level teams to begin working."');
    expect(result.speakerOf('respective high-level teams', 'direct')).toBe('Tammy Bruce');
    expect(result.speakerOf('both sides had agreed', 'indirect')).toBe('Tammy Bruce');
  });
});
