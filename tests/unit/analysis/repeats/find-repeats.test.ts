import { describe, expect, it } from 'vitest';
import { findRepeats, MIN_BLOCK_WORDS } from '../../../../lib/analysis/repeats/find-repeats';
import { splitSentences } from '../../../../lib/analysis/sentences';
import type { Block, BlockKind, Repeat } from '../../../../lib/analysis/types';
import { loadSeed, SEED_000, SEED_001 } from '../seeds';

const P1 = 'The first round of direct talks between the United States and Russia concluded in Riyadh on Tuesday, officials said.';
const P2 = 'Ukraine was not represented at the meeting, which lasted more than four hours and ended without a joint statement.';
const P3 = 'European leaders are due to meet in Paris next week to discuss security guarantees for Kyiv and the wider region.';
const TWO_SENTENCES = `The delegations left Riyadh in the evening without setting a date. ${P2}`;
// 33 words; the edited copy below changes three of them, four to seven words apart, so that no 5-word
// shingle survives around any edit (shingle containment 0.38) while 30 of 33 words recur in order.
const LONG = 'Russian Foreign Minister Sergei Lavrov said the two sides had agreed to appoint negotiators who would meet again soon, and that Moscow saw no place for European peacekeepers in Ukraine under any agreement.';
const LONG_EDITED = LONG.replace('agreed', 'decided').replace('meet again', 'meet later').replace('Moscow', 'Russia');

const QUOTED_SHORT = 'Trump told the Post: “I like Paul, but these are horrible times. I’m not quite there yet.”';
const PULL_QUOTE = '“I’m just not quite there yet.”';
const BRIDGE = 'In a rare interview on Sunday, the former minister said that the government had known for months that the bridge over the river was unsafe for heavy traffic, and that nobody in the cabinet had been willing to pay for the repairs it needed.';
// Lifted from the middle of BRIDGE with its own opening and "old" put inside the stretch: one break in 32 words.
const BRIDGE_LIFTED = 'Known for months: the government had known for months that the old bridge over the river was unsafe for heavy traffic, and that nobody in the cabinet had been willing to pay';
// 18 words with a picture note inside: no break, as the note is no word of the passage.
const BRIDGE_CAPTION = 'Warning: the government had known for months that the bridge (pictured) over the river was unsafe for heavy traffic';

type Item = string | [BlockKind, string];
function blocksOf(...items: Item[]): Block[] {
  return items.map((item, id) => (typeof item === 'string' ? { id, kind: 'paragraph', text: item } : { id, kind: item[0], text: item[1] }));
}
const run = (blocks: Block[]) => findRepeats(blocks, splitSentences(blocks));
/** [block, of] per repeat, with the marked text when only a passage of the block is marked. */
const summary = (repeats: Repeat[]) => repeats.map((r) => (r.start === undefined ? [r.block, r.of] : [r.block, r.of, r.text]));

describe('findRepeats finds', () => {
  it.each<[string, Item[], (number | string)[][]]>([
    ['an exact copy', [P1, P2, P3, P1], [[3, 0]]],
    ['a copy in another case, quote style and spacing', [P1, P2, P1.toUpperCase().replace(/,/g, ' ,  ')], [[2, 0]]],
    ['a teaser (the first 60% and an ellipsis)', [P1, P2, P3, `${P2.slice(0, 70)}…`], [[3, 1]]],
    ['a copy without its first sentence', [P1, TWO_SENTENCES, P3, P2], [[3, 1]]],
    ["an editor's note repeated with one word changed", [P1, P2, P3, P2.replace('joint', 'common')], [[3, 1]]],
    ['a copy with three words in 33 edited, no shingle left around any edit', [LONG, P1, LONG_EDITED], [[2, 0]]],
    ['a copy of a copy, pointing at the earliest', [P1, P2, P1, P3, P1], [[2, 0], [4, 0]]],
    ['a copy with a "Read more" tail, marking the copy', [P1, P2, `${P1} Read more on our website today.`], [[2, 0, P1]]],
    ['a sentence of a block printed again as a pull quote', [TWO_SENTENCES, P3, `“${P2}”`], [[2, 0]]],
    ['a pull quote inside a longer block, marking the quote', [P2, P3, `The delegations left in the evening. ${P2} No date was set.`], [[2, 0, P2]]],
    ['a six-word quote printed again whole', ['She showed it to me and said, "See, Obama is a baby killer.', P3, 'See, Obama is a baby killer.'], [[2, 0]]],
    ['a short sentence with its opening word changed', ['It also says she became engaged in July 2013.', P3, 'Facebook says she became engaged in July 2013'], [[2, 0]]],
    ['a promo line printed twice', [P1, 'ALSO READ: Zelensky holds talks with Erdogan in Ankara', P2, 'ALSO READ: Zelensky holds talks with Erdogan in Ankara'], [[3, 1]]],
    ['a heading printed twice, among headings', [P1, ['heading', 'Russia presents new demands before negotiations begin'], P2, P1, ['heading', 'Russia presents new demands before negotiations begin']], [[3, 0], [4, 1]]],
    ['a short line of its own (a pull quote) found word for word inside a later sentence, marking it', [P1, PULL_QUOTE, P3, 'When Trump used the words, “I’m just not quite there yet,” he was echoing Ryan.'], [[3, 1, '“I’m just not quite there yet']]],
    ['a six-word sentence standing alone (split at a colon, as the CNN/DailyMail set has it) found inside a later one', ['The actor’s last film is Fall of an Empire:', 'The Story of Katherine of Alexandria.', 'Fall of an Empire: The Story of Katherine of Alexandria has been dubbed one of the biggest independent films for decades.'], [[2, 1, 'The Story of Katherine of Alexandria']]],
    ['a passage lifted from a longer sentence with a word put inside it, from 24 words', [BRIDGE, P3, BRIDGE_LIFTED], [[2, 0]]],
    ['a short caption lifted with a picture note inside it', [BRIDGE, P3, BRIDGE_CAPTION], [[2, 0]]],
    ['an unquoted short line printed again inside a later paragraph (a live blog\'s update)', [
      'Including superdelegates, Clinton now has at least 882 delegates. It takes 2,383 delegates to win.', P3,
      'Clinton won Mississippi on Tuesday. It takes 2,383 delegates to win.',
    ], [[2, 0, 'It takes 2,383 delegates to win.']]],
    ['two short quoted sentences of a lede printed again together inside a transcript', [
      'Trump argued that Cruz has to come a long way on ethanol because “Oil pays him a lot of money. He’s got to be for oil, right?” during a speech.', P3,
      'He added, “With the ethanol, he’s got to come a long way. But I understand it. Oil pays him a lot of money. He’s got to be for oil, right? The oil companies give him a lot.”',
    ], [[2, 0, 'Oil pays him a lot of money. He’s got to be for oil, right?']]],
    ['a short quoted line standing as a block of its own, printed before the paragraph that quotes it', [
      P1, '“He knows exactly what he’s doing.”', P3, '“This notion is just not true,” Rubio said. “He knows exactly what he’s doing.”',
    ], [[3, 1, '“He knows exactly what he’s doing.”']]],
    ['a short paragraph printed again with a call to action put on, marking the copy', [
      'Clinton is speaking in Ohio while the networks show the empty stage.', P3,
      'Clinton is speaking in Ohio while the networks show the empty stage. Click here to subscribe to our newsletter.',
    ], [[2, 0, 'Clinton is speaking in Ohio while the networks show the empty stage.']]],
    ['a sentence printed again with its subject named ("Mr Cameron accused…" for "He accused…")', [
      'He accused Ed Miliband and Ed Balls of having some brass neck by attacking the Tories for failing the poor.', P3,
      'Mr Cameron accused Ed Miliband and Ed Balls of having some brass neck by attacking the Tories for failing the poor.',
    ], [[2, 0]]],
    ['a short line read as furniture (it names a newsletter) that restates a body paragraph', [
      P1, '“They’ve got a real problem if they lose here, because then Sanders can say he is not just a white candidate and can win anywhere,” said Jon Ralston, who runs a Nevada politics newsletter.', P3,
      'Sanders can say he is not just a white candidate and can win anywhere,” said Jon Ralston, who runs a Nevada politics newsletter.',
    ], [[3, 1]]],
  ])('%s', (_name, items, expected) => {
    const found = run(blocksOf(...items));
    expect(summary(found)).toEqual(expected);
    for (const r of found) {
      expect(r.similarity).toBeGreaterThan(0.8);
      expect(r.similarity).toBeLessThanOrEqual(1);
    }
  });

  it('an earlier sentence restated inside a longer one (a caption glued to the text), marking only it', () => {
    const caption = 'Russian Foreign Minister Sergei Lavrov arrives for the talks in Riyadh on Tuesday morning';
    const blocks = blocksOf(P1, `${caption}.`, `Pictured: ${caption} with his delegation and the Saudi hosts in the background of the palace`);
    expect(summary(run(blocks))).toEqual([[2, 1, caption]]);
  });

  it('two earlier sentences run together in one later sentence, each marked with its own source', () => {
    const a = 'This dog certainly is his master’s best friend after saving him from a cold and muddy grave.';
    const b = 'The black pooch was filmed taking a rescue rope out to his owner at the reservoir on Saturday afternoon.';
    const blocks = blocksOf(a, b, P3, `Go fetch: ${a.slice(0, -1)} ${b}`);
    expect(summary(run(blocks))).toEqual([[3, 0, a.slice(0, -1)], [3, 1, b]]);
  });

  it('a block found inside a later one and a sentence of it found too, marked once over the longer stretch', () => {
    const tweet = 'Another person tweeted: “EPIC Troll at Hillary town hall. Still from CNN Clip #SettleForHillary #feelthebern.”';
    const embed = '<tweet tweet-author="@bintfilm">EPIC Troll at Hillary town hall. Still from CNN Clip #SettleForHillary #feelthebern pic.twitter.com/nzaaq6rcaH<tweet/>.';
    const found = run(blocksOf(tweet, P3, embed));
    expect(summary(found)).toEqual([[2, 0, 'EPIC Troll at Hillary town hall. Still from CNN Clip #SettleForHillary #feelthebern']]);
    expect(found[0]?.similarity).toBe(0.8);
  });

  it('a paragraph printed twice in a language written without spaces', () => {
    const zh = '美国和俄罗斯周二宣布，双方同意继续努力结束乌克兰战争。';
    expect(summary(run(blocksOf(zh, '会谈在利雅得举行，持续了四个多小时，基辅没有代表出席。', zh)))).toEqual([[2, 0]]);
  });

  it('a similarity that says how much of the repeat is the original', () => {
    const [exact] = run(blocksOf(P1, P1));
    const [edited] = run(blocksOf(LONG, LONG_EDITED));
    expect(exact?.similarity).toBe(1);
    expect(edited?.similarity).toBeCloseTo(30 / 33, 2);
  });
});

describe('findRepeats ignores', () => {
  it.each<[string, Item[]]>([
    ['different paragraphs', [P1, P2, P3]],
    ['short furniture printed twice ("Comments", "Share this")', [P1, 'Comments', P2, 'Comments', 'Share this', 'Share this']],
    ['a heading echoing a phrase of the body', [P1, ['heading', 'Talks between the United States and Russia'], P2]],
    ['a short paragraph reusing a phrase of a long one', [P1, 'Talks concluded in Riyadh on Tuesday.']],
    ['a five-word line found inside a longer one', ['We don’t know what we don’t know, she said.', P3, 'What we don’t know']],
    ['a short sentence sharing five of its six words', ['She is very clear that she does not wish to defend herself against these charges.', P3, 'She does not wish to come.']],
    ['a rhetorical echo sharing six of seven words', ['We are right there to demand to know what gives her the nerve.', P3, 'You know what gives her the nerve?']],
    ['a short sentence with its last word changed', ['It’s going to be a real deal.', P3, 'It’s going to be a real wall.']],
    ['a title mentioned again inside new sentences', ['The actor’s last film, Fall of an Empire: The Story of Katherine of Alexandria, opens today.', 'Fall of an Empire: The Story of Katherine of Alexandria has been dubbed one of the biggest independent films for decades.']],
    ['a short caption line without a full stop named again inside a sentence', ['Director Michael Redwood with Peter O’Toole', P3, 'Director Michael Redwood with Peter O’Toole said the film would be his last.']],
    ['a short sentence inside a paragraph echoed inside a later sentence', [QUOTED_SHORT, P3, 'When Trump used the words, “I’m not quite there yet,” he was echoing Ryan, who used them in May.']],
    ['a short line a speaker says again, quoted inside two paragraphs', [
      '“Let’s dispel with this fiction that Obama doesn’t know what he’s doing. He knows exactly what he’s doing,” said Rubio.', P3,
      '“This notion that Obama doesn’t know what he’s doing is just not true. He knows exactly what he’s doing.”',
    ]],
    ['a short quote echoed in a clause, then given in full where it was said', [
      'He also spoke about the proposed border wall, saying it will be “as big as it needs to be.”', P3,
      '“Mason, how big is that wall going to be?” Pence said in response. “As big as it needs to be.”',
    ]],
    ['a short line of its own found inside a later sentence with a word changed', [P1, PULL_QUOTE, P3, 'When Trump used the words, “I’m just not really there yet,” he was echoing Ryan.']],
    ['a sentence rewritten around two shared phrases, with its own opening and a phrase of the original dropped', [
      'Hillary Clinton is seizing upon a New York Times report that Donald Trump had a net loss of more than $915 million in 1995. Clinton says it means Trump “may not have paid a dime” in federal income taxes for nearly two decades.',
      P3,
      'The losses mean Trump may not have paid federal income taxes for nearly two decades.',
    ]],
    ['a caption naming someone the body names', ['US Secretary of State Marco Rubio said no one was being sidelined by the talks in Riyadh.', 'US Secretary of State Marco Rubio']],
    ['a template line filled in again with other names', [
      'Faces Places is currently streaming on Netflix and available to digitally rent on Google Play and YouTube.', P3,
      'The Square is currently streaming on Hulu and available to digitally rent on Google Play and YouTube.',
    ]],
    ['a template line with a figure changed into one it already holds', ['Portion Fix Containers: 1 Green, 1 Red, 1 Yellow, 1 tsp.', P3, 'Portion Fix Containers: 1 Green, 2 Red, 1 Yellow, 1 tsp.']],
    ['a sentence with an ordinal changed', [
      'This short film is the first film adaptation of the short story by Richard A. Lupoff, which was published in 1973.', P3,
      'The second film adaptation of the short story by Richard A. Lupoff, which was published in 1973.',
    ]],
    ['an update that changes the figures', ['Including superdelegates, Clinton now has at least 882 delegates. Sanders has at least 232.', P3, 'Including superdelegates, Clinton now has at least 866 delegates. Sanders has at least 211.']],
    ['the next item of a list with another name', ['Donald Trump has won the Republican presidential primary in Arkansas.', P3, 'Donald Trump has won the Republican presidential primary in Virginia, adding to his victories.']],
    ['a sentence restating a fact in its own words around a shared clause', [
      'Following the debate Politifact did a fact-check on Donald Trump’s claim that there have been “thousands of shootings” in gun-controlled Chicago this year alone.',
      P3,
      'Politifact seized on Trump’s claim that there have been “thousands of shootings” in Chicago this year alone.',
    ]],
  ])('%s', (_name, items) => {
    expect(run(blocksOf(...items))).toEqual([]);
  });

  it("the article's own key-point items, and body text restating them", () => {
    expect(run(blocksOf(['heading', 'Key points'], ['list-item', P1], ['list-item', P2], P1, P2, P3))).toEqual([]);
  });

  it(`blocks under ${MIN_BLOCK_WORDS} words, while five-word twins count`, () => {
    expect(run(blocksOf(P1, 'Four words only here', P2, 'Four words only here'))).toEqual([]);
    expect(summary(run(blocksOf(P1, 'Five words are enough here', P2, 'Five words are enough here')))).toEqual([[3, 1]]);
  });

  it('the first occurrence, always', () => {
    const found = run(blocksOf(P1, P2, P1, P2, P3, P2, P1));
    expect(found.map((r) => r.block)).toEqual([2, 3, 5, 6]);
    expect(found.every((r) => r.of < r.block)).toBe(true);
  });
});

describe('findRepeats on the seeds', () => {
  it('flags each of the 25 second-copy blocks of seed 001 as a repeat of its twin, and nothing else', () => {
    const seed = loadSeed(SEED_001);
    const spec = seed.gold.repeats[0];
    const [firstFrom, firstTo] = spec?.firstCopyLines ?? [0, 0];
    const [from, to] = spec?.repeatLines ?? [0, 0];
    // One block per non-empty line; the seed has no empty lines, so line n is block n - 1.
    expect(seed.blocks).toHaveLength(seed.text.split('\n').filter((l) => l.trim()).length);
    const expected = [];
    for (let line = from; line <= to; line++) expected.push([line - 1, line - 1 - (from - firstFrom), 1]);
    expect(expected).toHaveLength(25);
    const found = findRepeats(seed.blocks, seed.sentences);
    expect(found.map((r) => [r.block, r.of, r.similarity])).toEqual(expected);
    expect(found.some((r) => r.block >= firstFrom - 1 && r.block <= firstTo - 1)).toBe(false);
    expect(found.every((r) => r.start === undefined && r.text === seed.blocks[r.block]?.text)).toBe(true);
  });

  it('finds no repeats in seed 000 (its key points restate the body by design)', () => {
    const seed = loadSeed(SEED_000);
    expect(findRepeats(seed.blocks, seed.sentences)).toEqual([]);
  });
});
