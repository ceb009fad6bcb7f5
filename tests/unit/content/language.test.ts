import { describe, expect, it } from 'vitest';
import { isEnglish } from '@/lib/analysis/language';

const english =
  'The first round of direct talks between the United States and Russia, aimed at seeking an end to the war in ' +
  'Ukraine, on Tuesday concluded in Riyadh. Senior officials said that the meeting was a step forward, and he ' +
  'noted that it was the first of its kind in years, which is why the talks were watched by the whole world.';
const french =
  "Les deux délégations se sont retrouvées mardi à Riyad pour une première série de discussions directes sur la " +
  "guerre en Ukraine. Selon le ministre, la rencontre a permis de poser les bases d'une coopération future entre " +
  'les deux pays, même si aucun accord concret n’a été annoncé à l’issue des échanges qui ont duré plus de quatre heures.';

describe('isEnglish', () => {
  it.each([
    ['detects English prose', english, null, true],
    ['ignores French prose', french, null, false],
    ['trusts a declared en-GB', french, 'en-GB', true],
    ['trusts a declared de', english, 'de', false],
    ['gives short text the benefit of the doubt', 'Bonjour', null, true],
  ])('%s', (_name, text, lang, expected) => {
    expect(isEnglish(text, lang)).toBe(expected);
  });
});
