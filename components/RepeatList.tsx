import type { Repeat } from '../lib/analysis/types';

// Paragraph numbers for people count from 1, as in the Markdown report.
const paragraph = (block: number) => `¶${block + 1}`;

/** Passages printed twice: where, which earlier block they copy, and their text. */
export function RepeatList({ repeats }: { repeats: readonly Repeat[] }) {
  if (!repeats.length) return <p class="fm-empty">No repeated passages.</p>;
  return (
    <ul class="fm-list fm-repeats">
      {repeats.map((r, i) => (
        <li key={i} data-testid="repeat">
          <span class="fm-repeat__where">
            {paragraph(r.block)} repeats {paragraph(r.of)}
          </span>
          <span class="fm-repeat__text">{r.text}</span>
        </li>
      ))}
    </ul>
  );
}
