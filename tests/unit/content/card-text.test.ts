import { describe, expect, it } from 'vitest';
import { claimCardTitle, repeatCardTitle, speakerCardTitle } from '@/lib/content/card-text';

describe('card text', () => {
  it.each([
    [['quantity', 'date'] as const, 'Claim · figures, date'],
    [['attributed'] as const, 'Claim · attributed'],
    [['quantity', 'quantity'] as const, 'Claim · figures'],
    [[] as const, 'Claim'],
  ])('names the reasons of a claim %j', (reasons, title) => {
    expect(claimCardTitle(reasons)).toBe(title);
  });

  it('gives a speaker name, first role and quote count', () => {
    const lavrov = { id: 's1', name: 'Sergey Lavrov', aliases: [], roles: ['Russian Foreign Minister'], kind: 'person' as const };
    expect(speakerCardTitle(lavrov, 4)).toBe('Sergey Lavrov · Russian Foreign Minister · 4 quotes');
    expect(speakerCardTitle({ ...lavrov, roles: [] }, 1)).toBe('Sergey Lavrov · 1 quote');
  });

  it('numbers paragraphs from 1', () => {
    expect(repeatCardTitle(2)).toBe('↑ Repeated from ¶3');
  });
});
