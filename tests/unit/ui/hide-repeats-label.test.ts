import { describe, expect, it } from 'vitest';
import { hideRepeatsLabel } from '@/entrypoints/popup/hide-repeats-label';

describe('hideRepeatsLabel', () => {
  it.each([
    ['switch off', 25, undefined, 'Hide repeated passages'],
    ['every repeat hidden', 25, 25, 'Hide repeated passages (25 hidden)'],
    ['some repeats are sentences inside longer paragraphs', 5, 3, 'Hide repeated passages (3 hidden; 2 inside longer paragraphs stay dimmed)'],
    ['none could be hidden', 2, 0, 'Hide repeated passages (0 hidden; 2 inside longer paragraphs stay dimmed)'],
  ])('%s', (_what, repeats, hidden, label) => {
    expect(hideRepeatsLabel(repeats, hidden)).toBe(label);
  });
});
