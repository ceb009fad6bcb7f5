import { describe, expect, it } from 'vitest';
import {
  ALL_HIGHLIGHTS,
  CLAIM_HIGHLIGHT,
  FLASH_HIGHLIGHT,
  PRIORITY,
  REPEAT_HIGHLIGHT,
  highlightName,
  kindSwitch,
  speakerHighlight,
  speakerSlot,
} from '../../../lib/highlighting/names';

describe('registry names', () => {
  it('are the fixed strings the e2e tests look for', () => {
    expect(ALL_HIGHLIGHTS).toEqual([
      'factmark-claim',
      'factmark-repeat',
      'factmark-speaker-0',
      'factmark-speaker-1',
      'factmark-speaker-2',
      'factmark-speaker-3',
      'factmark-speaker-4',
      'factmark-speaker-5',
      'factmark-speaker-6',
      'factmark-speaker-7',
      'factmark-user',
      'factmark-flash',
    ]);
  });

  it.each([
    [0, 0],
    [7, 7],
    [8, 0],
    [13, 5],
    [-1, 7],
    [2.9, 2],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
  ])('wraps speaker colour index %s into slot %s', (index, slot) => {
    expect(speakerSlot(index)).toBe(slot);
    expect(speakerHighlight(index)).toBe(`factmark-speaker-${slot}`);
  });

  it.each([
    ['claim', 3, CLAIM_HIGHLIGHT, 'claims'],
    ['repeat', 3, REPEAT_HIGHLIGHT, 'repeats'],
    ['speaker', 3, 'factmark-speaker-3', 'speakers'],
    ['user', 3, 'factmark-user', 'user'],
  ] as const)('names a %s item (colour %s) %s, switched by %s', (kind, color, name, sw) => {
    expect(highlightName(kind, color)).toBe(name);
    expect(kindSwitch(kind)).toBe(sw);
  });

  it('puts the flash above every other highlight', () => {
    expect(Math.max(PRIORITY.claim, PRIORITY.repeat, PRIORITY.speaker, PRIORITY.user)).toBeLessThan(PRIORITY.flash);
    expect(ALL_HIGHLIGHTS).toContain(FLASH_HIGHLIGHT);
  });
});
