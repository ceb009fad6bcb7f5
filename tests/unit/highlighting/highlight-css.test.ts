import { describe, expect, it } from 'vitest';
import { SPEAKER_ALPHA, highlightCss, highlightDeclarations, safeColor, translucent } from '../../../lib/highlighting/highlight-css';
import { ALL_HIGHLIGHTS } from '../../../lib/highlighting/names';
import { DEFAULT_SETTINGS, SPEAKER_PALETTE } from '../../../lib/settings';

describe('safeColor', () => {
  it.each(['#D55E00', '#abc', '#abcd', '#11223344', 'rgb(1, 2, 3)', 'rgba(1 2 3 / 50%)', 'hsl(120deg 50% 50%)', 'oklch(0.7 0.1 200)', 'rebeccapurple'])(
    'accepts %s',
    (c) => expect(safeColor(c, 'black')).toBe(c),
  );

  it.each([
    ['CSS injection', 'red; } body { display: none } ::highlight(x) {'],
    ['a brace', 'red}'],
    ['a url', 'url(https://example.com/x.png)'],
    ['quotes', '"red"'],
    ['an escape', '\\72 ed'],
    ['a bad hex', '#12345'],
    ['not a string', 42],
    ['empty', ''],
  ])('rejects %s', (_, c) => expect(safeColor(c, 'black')).toBe('black'));

  it('asks the browser about names when it can', () => {
    const known = (_p: string, v: string) => v === 'red';
    expect(safeColor('red', 'black', known)).toBe('red');
    expect(safeColor('notacolour', 'black', known)).toBe('black');
  });
});

describe('translucent', () => {
  it.each([
    ['#E69F00', 0.4, 'rgba(230, 159, 0, 0.4)'],
    ['#fff', 0.5, 'rgba(255, 255, 255, 0.5)'],
    ['#00000080', 0.5, 'rgba(0, 0, 0, 0.251)'],
    ['rebeccapurple', 0.4, 'color-mix(in srgb, rebeccapurple 40%, transparent)'],
  ])('%s at %s -> %s', (c, a, out) => expect(translucent(c, a)).toBe(out));
});

describe('highlightDeclarations', () => {
  const decls = highlightDeclarations(DEFAULT_SETTINGS.colors);

  it('gives a claim a wavy underline in the claim colour', () => {
    expect(decls.get('factmark-claim')).toEqual(
      expect.arrayContaining([
        ['text-decoration-style', 'wavy'],
        ['text-decoration-color', DEFAULT_SETTINGS.colors.claim],
      ]),
    );
  });

  it('dims a repeat with the repeat colour', () => {
    expect(decls.get('factmark-repeat')).toEqual([['color', DEFAULT_SETTINGS.colors.repeat]]);
  });

  it('gives every speaker slot a translucent background in its palette colour', () => {
    SPEAKER_PALETTE.forEach((c, i) => {
      expect(decls.get(`factmark-speaker-${i}`)).toEqual([['background-color', translucent(c, SPEAKER_ALPHA)]]);
    });
  });

  it('cycles a short palette over the eight slots', () => {
    const d = highlightDeclarations({ ...DEFAULT_SETTINGS.colors, speakers: ['#ff0000', '#00ff00'] });
    expect(d.get('factmark-speaker-2')).toEqual(d.get('factmark-speaker-0'));
    expect(d.get('factmark-speaker-7')).toEqual(d.get('factmark-speaker-1'));
  });

  it('falls back to the defaults for bad stored colours', () => {
    const d = highlightDeclarations({ claim: 'x}', repeat: 5 as unknown as string, speakers: [] });
    expect(d.get('factmark-claim')).toContainEqual(['text-decoration-color', DEFAULT_SETTINGS.colors.claim]);
    expect(d.get('factmark-repeat')).toEqual([['color', DEFAULT_SETTINGS.colors.repeat]]);
    expect(d.get('factmark-speaker-0')).toEqual([['background-color', translucent(SPEAKER_PALETTE[0]!, SPEAKER_ALPHA)]]);
  });
});

describe('highlightCss', () => {
  it('has one ::highlight() rule per registry name and nothing injected', () => {
    const css = highlightCss({ claim: 'red; } body { display: none', repeat: '#808080', speakers: SPEAKER_PALETTE });
    expect(css.match(/::highlight\(/g)).toHaveLength(ALL_HIGHLIGHTS.length);
    expect(css).not.toContain('display');
    expect(css.split('{').length).toBe(css.split('}').length);
  });
});
