import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../lib/analysis/is-boilerplate';

describe('isBoilerplate', () => {
  it.each([
    'ALSO READ: Zelensky Holds Talks with Erdogan Amid US Shift on Ukraine',
    'Read more: How the budget affects you',
    'Comments',
    '12 comments',
    'Share this article',
    'Advertisement',
    'Watch: the moment the bridge collapsed',
    'Related | Five things to know',
    'Sign up for our morning newsletter',
    'Photo: Reuters',
    '© 2025 Example News. All rights reserved.',
  ])('detects %j', (line) => {
    expect(isBoilerplate(line)).toBe(true);
  });

  it.each([
    'Video footage showed soldiers crossing the river at dawn.',
    'Comments by the minister drew criticism from the opposition.',
    'Related talks are expected to begin in Geneva next month.',
    'Share prices fell 3 per cent on Monday.',
    'The talks focussed on resolving the Ukraine conflict and improving bilateral relations.',
  ])('ignores %j', (line) => {
    expect(isBoilerplate(line)).toBe(false);
  });
});
