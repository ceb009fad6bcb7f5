// The learned half of the check-worthiness score: a logistic regression over hashed words, word pairs,
// character 4-grams and the hand-made cues, trained by scripts/train-claims.ts on the CheckThat! 2024
// English training data (ClaimBuster sentences, CC BY 4.0: Arslan, Hassan, Li and Tremayne, 2020;
// Hasanain et al., 2024). Its weights are committed in claim-model.json and bundled with the background
// script (analysis runs there).
import type { ClaimContext } from './claim-features';
import { claimVector, type VectorOptions } from './claim-vector';
import { unpackWeights, type PackedWeights } from './decode-weights';
import modelFile from './claim-model.json';

export interface ClaimModelFile {
  about: string;
  options: VectorOptions;
  /** A stored byte b stands for the weight b × scale. */
  scale: number;
  bias: number;
  weights: PackedWeights;
  /**
   * How the model and the hand-weighted cues combine: z = model × z_model + hand × z_hand + bias, the
   * sentence is flagged when z ≥ 0. Fitted on out-of-fold scores, debates the model had not seen (see
   * train-claims.ts); hand is never negative and may be 0.
   */
  blend: { model: number; hand: number; bias: number };
}

export interface ClaimModel {
  file: ClaimModelFile;
  logit: (context: ClaimContext) => number;
}

export function loadClaimModel(file: ClaimModelFile): ClaimModel {
  const table = unpackWeights(file.weights, 1 << file.options.bits);
  return {
    file,
    logit(context) {
      const x = claimVector(context, file.options);
      let z = 0;
      for (let k = 0; k < x.index.length; k++) z += (table[x.index[k] as number] ?? 0) * (x.value[k] as number);
      return z * file.scale + file.bias;
    },
  };
}

let shipped: ClaimModel | undefined;
/** The committed model, unpacked on first use (about 5 ms), not when the background script loads. */
export function claimModel(): ClaimModel {
  shipped ??= loadClaimModel(modelFile as ClaimModelFile);
  return shipped;
}
