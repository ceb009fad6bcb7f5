import type { Claim } from '../lib/analysis/types';
import { REASON_LABELS } from './reason-labels';

/** Check-worthy sentences, best first, each with why it was picked. */
export function ClaimList({ claims }: { claims: readonly Claim[] }) {
  if (!claims.length) return <p class="fm-empty">No claims found.</p>;
  return (
    <ol class="fm-list fm-claims">
      {claims.map((claim, i) => (
        <li key={i} data-testid="claim">
          <span class="fm-claim__text">{claim.text}</span>
          {claim.reasons.length > 0 && (
            <ul class="fm-reasons" aria-label="Why it is worth checking">
              {claim.reasons.map((r) => (
                <li key={r} class="fm-reason">
                  {REASON_LABELS[r] ?? r}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
