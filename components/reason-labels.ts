import type { ClaimReason } from '../lib/analysis/types';

/** Why a sentence is worth checking, in the reader's words. */
export const REASON_LABELS: Record<ClaimReason, string> = {
  quantity: 'number',
  percentage: 'percentage',
  money: 'money',
  date: 'date',
  comparison: 'comparison',
  decision: 'decision',
  cause: 'cause and effect',
  attributed: 'attributed to someone',
  source: 'cites a source',
};
