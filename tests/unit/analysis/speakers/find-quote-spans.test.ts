import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../../lib/analysis/speakers/find-quote-spans';
import { blocksOf } from './local-sentences';

/** The quoted contents of some paragraphs, as [block, text]. */
function contents(...paragraphs: string[]): [number, string][] {
  const blocks = blocksOf(...paragraphs);
  return findQuoteSpans(blocks).map((s) => [s.block, blocks[s.block]?.text.slice(s.contentStart, s.contentEnd) ?? '']);
}

describe('findQuoteSpans', () => {
  it.each([
    ['curly double quotes', 'She said, “We are ready.”', 'We are ready.'],
    ['straight double quotes', 'He said, "We are ready."', 'We are ready.'],
    ['British single quotes', 'He said: ‘We are ready.’', 'We are ready.'],
    ['guillemets', 'Il a dit « nous sommes prêts » hier.', 'nous sommes prêts'],
    ['two apostrophes as a double mark', "''We are ready,'' Mr. Goldberg said.", 'We are ready,'],
    ['a straight opener closed by a curly mark', '"We are ready,” she said.', 'We are ready,'],
    ['a curly quote inside a straight one', 'He read: "The question was: “Are you sure?” Most said no."', 'The question was: “Are you sure?” Most said no.'],
    ['a single quote inside a double one', '“He called it ‘a disgrace’ today,” she said.', 'He called it ‘a disgrace’ today,'],
    ['a same-style quote inside a quote', '“I’d rather live in what he calls “hell” than here.” ― Ana Ruiz', 'I’d rather live in what he calls “hell” than here.'],
  ])('detects %s', (_label, text, expected) => {
    expect(contents(text)).toEqual([[0, expected]]);
  });

  it.each([
    ['apostrophes inside words', 'It’s the party’s plan, and they don’t like it.'],
    ['elided years', 'Back in the ’90s and the ‘80s, nobody cared.'],
    ['plural possessives', 'The parents’ rights group met the teachers’ union.'],
    ['a stray mark that never closes', 'The so-called "reform was dropped.'],
    ['inch marks between digits', 'The panel is 5\'10 tall and 3"4 wide.'],
  ])('ignores %s', (_label, text) => {
    expect(contents(text)).toEqual([]);
  });

  it('detects a quote split by its attribution as two quotes', () => {
    expect(contents('“We are ready,” she said. “The rest is up to them.”')).toEqual([
      [0, 'We are ready,'], [0, 'The rest is up to them.'],
    ]);
  });

  it('detects a quote running over paragraphs: open at the end of one, reopened at the start of the next', () => {
    const spans = findQuoteSpans(blocksOf('“We are ready to talk.', '“But not at any price,” she said.'));
    expect(spans.map((s) => [s.block, s.closeStart === null])).toEqual([[0, true], [1, false]]);
    expect(spans[0]?.group).toBe(spans[1]?.group);
  });

  it('ignores an unclosed mark when the next paragraph does not reopen it', () => {
    expect(contents('He said “we are ready.', 'Then he left.')).toEqual([]);
  });
});
