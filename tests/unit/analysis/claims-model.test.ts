import { describe, expect, it } from 'vitest';
import { claimModel, loadClaimModel, type ClaimModelFile } from '../../../lib/analysis/claims/claim-model';
import { claimTokens, claimVector } from '../../../lib/analysis/claims/claim-vector';
import { decodeBase64, encodeBase64, packWeights, unpackWeights } from '../../../lib/analysis/claims/decode-weights';
import { claimContext, scoreSentence } from '../../../lib/analysis/claims/score-sentence';
import { CLAIM_THRESHOLD } from '../../../lib/analysis/claims/find-claims';

describe('decode-weights', () => {
  it.each([[[]], [[0]], [[1, 2]], [[255, 0, 128]], [[1, 2, 3, 4]]])('base64 round-trips %j like Buffer does', (bytes) => {
    const u = Uint8Array.from(bytes);
    const text = encodeBase64(u);
    expect(text).toBe(Buffer.from(u).toString('base64'));
    expect([...decodeBase64(text)]).toEqual(bytes);
  });

  it('packs a sparse table of signed bytes and unpacks it exactly, including gaps over 127', () => {
    const table = new Int8Array(1 << 12);
    for (const [i, v] of [[0, 5], [1, -128], [300, 127], [4000, -1], [4095, 9]] as const) table[i] = v;
    const packed = packWeights(table);
    expect([...unpackWeights(packed, table.length)]).toEqual([...table]);
    expect(() => unpackWeights(packed, 100)).toThrow(/do not fit/);
  });
});

describe('claimVector', () => {
  it('reads every number as the same token, so an unseen figure counts like a seen one', () => {
    expect(claimTokens('It cost $4,000 or 12.5% more in 2019.')).toEqual(['it', 'cost', '$', '#', 'or', '#', '%', 'more', 'in', '#']);
  });

  it('gives the same sentence the same features, and a different sentence different ones', () => {
    const options = { bits: 18, charN: [4] };
    const a = claimVector(claimContext('Unemployment fell to 5 per cent last year.', false), options);
    const b = claimVector(claimContext('Unemployment fell to 5 per cent last year.', false), options);
    const c = claimVector(claimContext('I think we should do more for our children.', false), options);
    expect([...a.index]).toEqual([...b.index]);
    expect([...a.value]).toEqual([...b.value]);
    expect([...a.index].sort()).not.toEqual([...c.index].sort());
    expect([...a.index].every((i) => i >= 0 && i < 1 << 18)).toBe(true);
  });
});

describe('the shipped claim model', () => {
  const model = claimModel();

  it('credits its training data and uses the vector settings it was trained with', () => {
    expect(model.file.about).toMatch(/ClaimBuster/);
    expect(model.file.about).toMatch(/CC BY 4\.0/);
    expect(model.file.about).toMatch(/CheckThat! 2024/);
    expect(model.file.options.bits).toBeGreaterThanOrEqual(16);
    expect(model.file.scale).toBeGreaterThan(0);
    expect(model.file.blend.model).toBeGreaterThan(0);
    expect(model.file.blend.hand).toBeGreaterThan(0);
  });

  it.each([
    ['a past record with a figure', 'They had the slowest economic recovery since 1929.'],
    ['a sum and a count', 'I paid $38 million in taxes in one year, and 40,000 people a day are contracting COVID.'],
  ])('flags %s although it was never in the training data', (_name, text) => {
    expect(scoreSentence(text)?.score).toBeGreaterThanOrEqual(CLAIM_THRESHOLD);
  });

  it.each([
    ['a slogan', 'I will make America great again, believe me.'],
    ['self-praise', 'We have done a great job.'],
    ['a self-description', 'I am the Democratic Party right now.'],
  ])('does not flag %s', (_name, text) => {
    expect(scoreSentence(text)?.score ?? 0).toBeLessThan(CLAIM_THRESHOLD);
  });

  it('adds what it learned to the cues: with its weights zeroed the same sentence scores differently', () => {
    const empty: ClaimModelFile = { ...model.file, weights: packWeights(new Int8Array(1 << model.file.options.bits)) };
    const blank = loadClaimModel(empty);
    const text = 'He has never offered a plan for health care in all his years in the Senate.';
    expect(scoreSentence(text, false, blank)?.score).not.toBe(scoreSentence(text, false, model)?.score);
  });
});
