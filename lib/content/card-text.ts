// The words on a highlight's card. Plain strings: the card sets them with textContent.
import type { ClaimReason, Speaker } from '../analysis/types';

const REASON_LABELS: Record<ClaimReason, string> = {
  quantity: 'figures',
  percentage: 'percentage',
  money: 'money',
  date: 'date',
  comparison: 'comparison',
  decision: 'decision',
  cause: 'cause',
  attributed: 'attributed',
  source: 'named source',
};

export function claimCardTitle(reasons: readonly ClaimReason[]): string {
  const labels = [...new Set(reasons.map((r) => REASON_LABELS[r]))];
  return labels.length ? `Claim · ${labels.join(', ')}` : 'Claim';
}

export function speakerCardTitle(speaker: Speaker, quoteCount: number): string {
  const parts = [speaker.name];
  if (speaker.roles[0]) parts.push(speaker.roles[0]);
  parts.push(`${quoteCount} ${quoteCount === 1 ? 'quote' : 'quotes'}`);
  return parts.join(' · ');
}

/** Paragraphs are numbered from 1 for readers; block ids count from 0. */
export function paragraphLabel(block: number): string {
  return `¶${block + 1}`;
}

/** Leads with the "↑ repeated" marker: the passage is a copy, and the original is further up the page. */
export function repeatCardTitle(ofBlock: number): string {
  return `↑ Repeated from ${paragraphLabel(ofBlock)}`;
}
